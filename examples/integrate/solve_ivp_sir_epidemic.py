# /// example
# task = """
# Simulate the SIR epidemic model with transmission rate beta = 0.3 and recovery rate gamma = \
# 0.1 (passed via `args=`) from fractions (S, I, R) = (0.99, 0.01, 0) for 160 days with \
# `solve_ivp`, reporting the three compartments at each of the 161 days 0, 1, ..., 160 via \
# `t_eval`; store the result in `sol` and the day of peak infections in `peak_day`."""
# prompt = """
# Simulate an SIR epidemic with transmission rate beta = 0.3 and recovery rate gamma = 0.1 \
# (passed as extra arguments to solve_ivp) starting from fractions (S, I, R) = (0.99, 0.01, 0), \
# for 160 days with tight tolerances, reporting the three compartments at each of the 161 whole \
# days 0, 1, ..., 160. Store the result in `sol` and the day on which infections peak in \
# `peak_day`."""
# domain = 'numerical_methods'
# libraries = ['scipy.integrate', 'numpy']
# inputs = {}
# checks = [
#     'sol.success and sol.y.shape == (3, 161)',
#     'np.allclose(sol.y.sum(axis=0), 1.0, atol=1e-6)',
#     # along SIR trajectories log(S/S0) = -(beta/gamma) * (R - R0)
#     'np.allclose(np.log(sol.y[0] / 0.99), -3.0 * sol.y[2], atol=1e-5)',
#     'sol.y[1][int(peak_day)] == sol.y[1].max() and 0 < peak_day < 160',
# ]
# difficulty = 'basic'
# tags = ['ode', 'applied-science', 'initial-value-problem']
# ///
import numpy as np
from scipy import integrate


def sir(t, y, beta, gamma):
    s, i, r = y
    return [-beta * s * i, beta * s * i - gamma * i, gamma * i]


days = np.arange(161)
sol = integrate.solve_ivp(sir, (0, 160), [0.99, 0.01, 0.0], args=(0.3, 0.1), t_eval=days, rtol=1e-8)
# the argmax runs over the whole days in t_eval, so the peak is found to the nearest day
peak_day = sol.t[np.argmax(sol.y[1])]
