# /// example
# task = """
# Solve the initial value problem below with SciPy's `solve_ivp` (relative tolerance 1e-8) and \
# store the solution at the five times t = 0, 1, 2, 3, 4 in `amounts`; rounded to 4 decimals it prints as shown.
#
# ```text
# dy/dt = -0.5 y,   y(0) = 4
# ```
#
# Wanted:
#
# ```text
# t        0       1       2       3       4
# amounts  4.0000  2.4261  1.4715  0.8925  0.5413
# ```"""
# prompt = """
# A drug amount decays as dy/dt = -0.5 y from 4 mg. I want scipy's solve_ivp (rtol 1e-8) to give \
# me `amounts` at the five times t = 0, 1, 2, 3, 4:
#
# ```text
# dy/dt = -0.5 y,   y(0) = 4
# ```
#
# From the exact solution 4 exp(-t / 2) I expect
#
# ```text
# t        0       1       2       3       4
# amounts  4.0000  2.4261  1.4715  0.8925  0.5413
# ```"""
# task_type = 'input-output'
# domain = 'numerical_methods'
# libraries = ['scipy.integrate', 'numpy']
# inputs = {}
# checks = [
#     'np.shape(amounts) == (5,)',
#     'np.allclose(amounts, [4.0, 2.4261, 1.4715, 0.8925, 0.5413], atol=5e-5)',
#     'np.allclose(amounts, 4 * np.exp(-0.5 * np.arange(5)), rtol=1e-6)',
# ]
# difficulty = 'basic'
# tags = ['ode', 'initial-value-problem']
# ///
import numpy as np
from scipy.integrate import solve_ivp


def decay(t, y):
    return -0.5 * y


times = np.arange(5.0)
# t_eval reports the solution at the wanted times; the state is a length-1 vector
solution = solve_ivp(decay, (0.0, 4.0), [4.0], t_eval=times, rtol=1e-8)
amounts = solution.y[0]
