# /// example
# task = """
# This code integrates the damped oscillator x'' + 0.4 x' + 4 x = 0 with x(0) = 1, x'(0) = 0 \
# over 0 <= t <= 10 and should then evaluate the continuous solution at the times \
# `query_times = np.array([0.5, 1.7, 3.2, 8.9])`, storing the positions x in `positions`, but it \
# raises an error:
#
# ```python
# import numpy as np
# from scipy.integrate import solve_ivp
#
#
# def oscillator(t, state):
#     x, v = state
#     return [v, -0.4 * v - 4 * x]
#
#
# sol = solve_ivp(oscillator, (0, 10), [1.0, 0.0], rtol=1e-8, atol=1e-10)
# query_times = np.array([0.5, 1.7, 3.2, 8.9])
# positions = sol.sol(query_times)[0]
# ```
#
# ```text
# TypeError: 'NoneType' object is not callable
# ```
#
# Fix it."""
# prompt = """
# After solving my damped oscillator x'' + 0.4 x' + 4 x = 0 (x(0) = 1, x'(0) = 0, t from 0 to 10) \
# I want x at arbitrary times `query_times = np.array([0.5, 1.7, 3.2, 8.9])` from the continuous \
# solution, in `positions`:
#
# ```python
# import numpy as np
# from scipy.integrate import solve_ivp
#
#
# def oscillator(t, state):
#     x, v = state
#     return [v, -0.4 * v - 4 * x]
#
#
# sol = solve_ivp(oscillator, (0, 10), [1.0, 0.0], rtol=1e-8, atol=1e-10)
# query_times = np.array([0.5, 1.7, 3.2, 8.9])
# positions = sol.sol(query_times)[0]
# ```
#
# ```text
# TypeError: 'NoneType' object is not callable
# ```
#
# Why is sol.sol None?"""
# task_type = 'fix'
# domain = 'numerical_methods'
# libraries = ['scipy.integrate', 'numpy']
# inputs = {}
# checks = [
#     'np.allclose(query_times, [0.5, 1.7, 3.2, 8.9]) and np.shape(positions) == (4,)',
#     # underdamped solution exp(-0.2 t) (cos(w t) + 0.2 / w sin(w t)), w = sqrt(3.96)
#     'np.allclose(positions, np.exp(-0.2 * query_times) * (np.cos(np.sqrt(3.96) * query_times) + 0.2 / np.sqrt(3.96) * np.sin(np.sqrt(3.96) * query_times)), atol=1e-6)',
# ]
# difficulty = 'basic'
# tags = ['debugging', 'ode', 'initial-value-problem', 'interpolation']
# ///
import numpy as np
from scipy.integrate import solve_ivp


def oscillator(t, state):
    x, v = state
    return [v, -0.4 * v - 4 * x]


# the interpolating solution is only built (and sol.sol set) when dense_output=True
sol = solve_ivp(oscillator, (0, 10), [1.0, 0.0], rtol=1e-8, atol=1e-10, dense_output=True)
query_times = np.array([0.5, 1.7, 3.2, 8.9])
positions = sol.sol(query_times)[0]
