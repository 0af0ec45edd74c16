# /// example
# task = """
# This loop solves the logistic equation y' = 1.5 y (1 - y) once for each of 20 starting values \
# and stacks the solutions at `times` into `trajectories` (one row per starting value):
#
# ```python
# import numpy as np
# from scipy.integrate import solve_ivp
#
# starts = np.linspace(0.05, 0.95, 20)
# times = np.linspace(0, 5, 11)
# rows = []
# for y0 in starts:
#     sol = solve_ivp(lambda t, y: 1.5 * y * (1 - y), (0, 5), [y0], t_eval=times, rtol=1e-8, atol=1e-10)
#     rows.append(sol.y[0])
# trajectories = np.array(rows)
# ```
#
# Replace the loop with a single `solve_ivp` call that gives the same `trajectories` (shape \
# (20, 11)) for the same `starts` and `times`."""
# prompt = """
# I integrate the logistic equation y' = 1.5 y (1 - y) for 20 starting values one call at a \
# time and stack the results into `trajectories` (a row per start, columns at `times`):
#
# ```python
# import numpy as np
# from scipy.integrate import solve_ivp
#
# starts = np.linspace(0.05, 0.95, 20)
# times = np.linspace(0, 5, 11)
# rows = []
# for y0 in starts:
#     sol = solve_ivp(lambda t, y: 1.5 * y * (1 - y), (0, 5), [y0], t_eval=times, rtol=1e-8, atol=1e-10)
#     rows.append(sol.y[0])
# trajectories = np.array(rows)
# ```
#
# With thousands of starts this crawls. Can one solve_ivp call do all of them, for the same \
# `starts` and `times`?"""
# task_type = 'performance'
# domain = 'numerical_methods'
# libraries = ['scipy.integrate', 'numpy']
# inputs = {}
# checks = [
#     'np.allclose(starts, np.linspace(0.05, 0.95, 20)) and np.allclose(times, np.linspace(0, 5, 11))',
#     'np.shape(trajectories) == (20, 11)',
#     # the logistic solution 1 / (1 + (1 / y0 - 1) exp(-1.5 t))
#     'np.allclose(trajectories, 1 / (1 + (1 / starts[:, None] - 1) * np.exp(-1.5 * times[None, :])), atol=1e-6)',
# ]
# difficulty = 'advanced'
# tags = ['vectorization', 'ode', 'initial-value-problem']
# ///
import numpy as np
from scipy.integrate import solve_ivp

starts = np.linspace(0.05, 0.95, 20)
times = np.linspace(0, 5, 11)
# the 20 equations are independent, so they can form one system of 20 components;
# the right-hand side already works element-wise on the whole state vector
sol = solve_ivp(lambda t, y: 1.5 * y * (1 - y), (0, 5), starts, t_eval=times, rtol=1e-8, atol=1e-10)
trajectories = sol.y
