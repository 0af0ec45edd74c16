# /// example
# task = """
# This code should integrate the cooling law dT/dt = -0.3 (T - 20) from T(0) = 90 and report \
# the temperature at the whole hours 0, 1, ..., 10 in `temps` (and the solver result in `sol`), \
# but it raises an error:
#
# ```python
# import numpy as np
# from scipy.integrate import solve_ivp
#
# hours = np.arange(0, 11)
# sol = solve_ivp(lambda t, T: -0.3 * (T - 20), (0, 10 - 1), [90.0], t_eval=hours)
# temps = sol.y[0]
# ```
#
# ```text
# ValueError: Values in `t_eval` are not within `t_span`.
# ```
#
# Fix it so every requested hour is reported."""
# prompt = """
# Newton cooling, dT/dt = -0.3 (T - 20), T(0) = 90. I want the temperature at hours 0 to 10 \
# in `temps` (solver result in `sol`) but solve_ivp complains:
#
# ```python
# import numpy as np
# from scipy.integrate import solve_ivp
#
# hours = np.arange(0, 11)
# sol = solve_ivp(lambda t, T: -0.3 * (T - 20), (0, 10 - 1), [90.0], t_eval=hours)
# temps = sol.y[0]
# ```
#
# ```text
# ValueError: Values in `t_eval` are not within `t_span`.
# ```
#
# What is wrong?"""
# task_type = 'fix'
# domain = 'numerical_methods'
# libraries = ['scipy.integrate', 'numpy']
# inputs = {}
# checks = [
#     'np.allclose(sol.t, np.arange(0, 11))',
#     'np.allclose(temps, 20 + 70 * np.exp(-0.3 * np.arange(0, 11)), rtol=1e-2)',
#     'len(temps) == 11',
# ]
# difficulty = 'basic'
# tags = ['debugging', 'ode', 'initial-value-problem']
# ///
import numpy as np
from scipy.integrate import solve_ivp

hours = np.arange(0, 11)
# t_span must reach the last requested time: it is (start, end), not (start, number of steps)
sol = solve_ivp(lambda t, T: -0.3 * (T - 20), (0, 10), [90.0], t_eval=hours)
temps = sol.y[0]
