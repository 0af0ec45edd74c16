# /// example
# task = """
# This code should simulate first-order drug elimination dC/dt = -k C with rate k = 0.3 per hour \
# from C(0) = 10 mg/L, passing k to the model through `args`, and store the concentration at \
# the hours `hours = np.arange(13)` in `concentration`, but it raises an error:
#
# ```python
# import numpy as np
# from scipy.integrate import solve_ivp
#
#
# def elimination(t, c, k):
#     return -k * c
#
#
# hours = np.arange(13)
# sol = solve_ivp(elimination, (0, 12), [10.0], t_eval=hours, args=(0.3), rtol=1e-8)
# concentration = sol.y[0]
# ```
#
# ```text
# TypeError: Supplied 'args' cannot be unpacked. Please supply `args` as a tuple (e.g. `args=(0.3,)`)
# ```
#
# Fix it."""
# prompt = """
# I model drug elimination dC/dt = -k C (k = 0.3 per hour, C(0) = 10 mg/L) and pass k through \
# `args`; I want `concentration` at `hours = np.arange(13)`:
#
# ```python
# import numpy as np
# from scipy.integrate import solve_ivp
#
#
# def elimination(t, c, k):
#     return -k * c
#
#
# hours = np.arange(13)
# sol = solve_ivp(elimination, (0, 12), [10.0], t_eval=hours, args=(0.3), rtol=1e-8)
# concentration = sol.y[0]
# ```
#
# ```text
# TypeError: Supplied 'args' cannot be unpacked. Please supply `args` as a tuple (e.g. `args=(0.3,)`)
# ```
#
# But (0.3) is a tuple, isn't it?"""
# task_type = 'fix'
# domain = 'numerical_methods'
# libraries = ['scipy.integrate', 'numpy']
# inputs = {}
# checks = [
#     'np.array_equal(hours, np.arange(13)) and np.shape(concentration) == (13,)',
#     'np.allclose(concentration, 10 * np.exp(-0.3 * np.arange(13)), rtol=1e-6)',
# ]
# difficulty = 'basic'
# tags = ['debugging', 'ode', 'initial-value-problem', 'applied-science']
# ///
import numpy as np
from scipy.integrate import solve_ivp


def elimination(t, c, k):
    return -k * c


hours = np.arange(13)
# (0.3) is just the number 0.3 in parentheses; the trailing comma makes a one-element tuple
sol = solve_ivp(elimination, (0, 12), [10.0], t_eval=hours, args=(0.3,), rtol=1e-8)
concentration = sol.y[0]
