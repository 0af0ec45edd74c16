# /// example
# task = """
# This code integrates a mass on a spring, x'' = -4 x, from x(0) = 1, x'(0) = 0 and should \
# store the position at the 50 output times `t` (0 to 5) in `position` and the velocity in \
# `velocity`:
#
# ```python
# import numpy as np
# from scipy.integrate import solve_ivp
#
# t = np.linspace(0, 5, 50)
# sol = solve_ivp(lambda t, s: [s[1], -4 * s[0]], (0, 5), [1.0, 0.0], t_eval=t, rtol=1e-8, atol=1e-10)
# position = sol.y[:, 0]
# velocity = sol.y[:, 1]
# ```
#
# It runs, but `position` has only two values. Fix it."""
# prompt = """
# Spring: x'' = -4x, x(0) = 1, v(0) = 0. I want x and v at my 50 times `t` from 0 to 5 in \
# `position` and `velocity`:
#
# ```python
# import numpy as np
# from scipy.integrate import solve_ivp
#
# t = np.linspace(0, 5, 50)
# sol = solve_ivp(lambda t, s: [s[1], -4 * s[0]], (0, 5), [1.0, 0.0], t_eval=t, rtol=1e-8, atol=1e-10)
# position = sol.y[:, 0]
# velocity = sol.y[:, 1]
# ```
#
# `position` comes out as just [1, 0]. What am I indexing wrong?"""
# task_type = 'fix'
# domain = 'numerical_methods'
# libraries = ['scipy.integrate', 'numpy']
# inputs = {}
# checks = [
#     'np.allclose(t, np.linspace(0, 5, 50))',
#     'np.allclose(position, np.cos(2 * t), atol=1e-6)',
#     'np.allclose(velocity, -2 * np.sin(2 * t), atol=1e-6)',
# ]
# difficulty = 'basic'
# tags = ['debugging', 'ode', 'initial-value-problem']
# ///
import numpy as np
from scipy.integrate import solve_ivp

t = np.linspace(0, 5, 50)
sol = solve_ivp(lambda t, s: [s[1], -4 * s[0]], (0, 5), [1.0, 0.0], t_eval=t, rtol=1e-8, atol=1e-10)
# sol.y has one row per state variable and one column per time
position = sol.y[0]
velocity = sol.y[1]
