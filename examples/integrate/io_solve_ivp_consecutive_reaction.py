# /// example
# task = """
# In the consecutive reaction A -> B -> C with rate constants k1 = 1.0 and k2 = 0.5 (per minute), \
# the concentrations obey the rate equations below, starting from pure A (1 mol/L). Solve this \
# system of ODEs numerically (relative tolerance 1e-8, absolute 1e-10) and store the \
# concentrations at t = 0, 1, 2 and 4 minutes as the array `conc` of shape (4, 3), one row per \
# time and the columns A, B, C; rounded to 4 decimals it prints as shown.
#
# ```text
# dA/dt = -k1 A
# dB/dt =  k1 A - k2 B
# dC/dt =  k2 B          k1 = 1.0, k2 = 0.5, A(0) = 1, B(0) = C(0) = 0
# ```
#
# Wanted:
#
# ```text
# t      A       B       C
# 0   1.0000  0.0000  0.0000
# 1   0.3679  0.4773  0.1548
# 2   0.1353  0.4651  0.3996
# 4   0.0183  0.2340  0.7476
# ```"""
# prompt = """
# I'm simulating a consecutive reaction A -> B -> C and want the concentrations `conc` as a \
# (4, 3) array (rows: t = 0, 1, 2, 4 min; columns A, B, C) with solver tolerances rtol 1e-8 and \
# atol 1e-10:
#
# ```text
# dA/dt = -k1 A
# dB/dt =  k1 A - k2 B
# dC/dt =  k2 B          k1 = 1.0, k2 = 0.5, A(0) = 1, B(0) = C(0) = 0
# ```
#
# The analytic solution gives this table; how do I get it from SciPy?
#
# ```text
# t      A       B       C
# 0   1.0000  0.0000  0.0000
# 1   0.3679  0.4773  0.1548
# 2   0.1353  0.4651  0.3996
# 4   0.0183  0.2340  0.7476
# ```"""
# task_type = 'input-output'
# domain = 'numerical_methods'
# libraries = ['scipy.integrate', 'numpy']
# inputs = {}
# checks = [
#     'np.shape(conc) == (4, 3)',
#     'np.allclose(conc, [[1, 0, 0], [0.3679, 0.4773, 0.1548], [0.1353, 0.4651, 0.3996], [0.0183, 0.2340, 0.7476]], atol=5e-5)',
#     # the analytic intermediate: B(t) = k1 / (k2 - k1) (exp(-k1 t) - exp(-k2 t)); within 1e-7
#     # only with the stated tolerances (rtol=1e-8 alone leaves an error of about 2e-7)
#     'np.allclose(np.asarray(conc)[:, 1], 2 * (np.exp(-0.5 * np.array([0, 1, 2, 4])) - np.exp(-np.array([0, 1, 2, 4]))), atol=1e-7)',
#     # mass balance: A + B + C stays 1
#     'np.allclose(np.sum(conc, axis=1), 1.0, atol=1e-6)',
# ]
# difficulty = 'intermediate'
# tags = ['ode', 'initial-value-problem', 'applied-science']
# ///
import numpy as np
from scipy import integrate

k1, k2 = 1.0, 0.5


def rates(t, y):
    a, b, c = y
    return [-k1 * a, k1 * a - k2 * b, k2 * b]


report_times = [0, 1, 2, 4]
solution = integrate.solve_ivp(
    rates, (0, 4), [1.0, 0.0, 0.0], t_eval=report_times, rtol=1e-8, atol=1e-10
)
# solve_ivp stores one row per species; transpose to one row per time
conc = np.transpose(solution.y)
