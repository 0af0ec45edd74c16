# /// example
# task = """
# This code should integrate the damped oscillator x'' + 0.4 x' + 4 x = 0 with x(0) = 1, \
# x'(0) = 0 over 0 <= t <= 10 with `solve_ivp`, reporting the state at the 201 times of `t_eval`, \
# and store the solution (two state components) in `sol`; it raises an error:
#
# ```python
# import numpy as np
# from scipy.integrate import solve_ivp
#
#
# def oscillator(y, t):
#     position, velocity = y
#     return [velocity, -0.4 * velocity - 4.0 * position]
#
#
# t_eval = np.linspace(0, 10, 201)
# sol = solve_ivp(oscillator, (0, 10), [1.0, 0.0], t_eval=t_eval)
# ```
#
# ```text
# TypeError: cannot unpack non-iterable float object
# ```
#
# Fix it."""
# prompt = """
# I moved my damped oscillator x'' + 0.4 x' + 4 x = 0 (x(0) = 1, x'(0) = 0, t from 0 to 10) from \
# odeint to solve_ivp, keeping `t_eval` at 201 evenly spaced times and the solution (the two state components) in `sol`:
#
# ```python
# import numpy as np
# from scipy.integrate import solve_ivp
#
#
# def oscillator(y, t):
#     position, velocity = y
#     return [velocity, -0.4 * velocity - 4.0 * position]
#
#
# t_eval = np.linspace(0, 10, 201)
# sol = solve_ivp(oscillator, (0, 10), [1.0, 0.0], t_eval=t_eval)
# ```
#
# Now it crashes with
#
# ```text
# TypeError: cannot unpack non-iterable float object
# ```
#
# It worked with odeint. What changed?"""
# task_type = 'fix'
# domain = 'numerical_methods'
# libraries = ['scipy.integrate', 'numpy']
# inputs = {}
# checks = [
#     'sol.success and np.allclose(sol.t, np.linspace(0, 10, 201)) and sol.y.shape == (2, 201)',
#     # underdamped solution: exp(-0.2 t) (cos(wd t) + 0.2 / wd sin(wd t)) with wd = sqrt(4 - 0.04)
#     '(lambda t, wd: np.allclose(sol.y[0], np.exp(-0.2 * t) * (np.cos(wd * t) + 0.2 / wd * np.sin(wd * t)), atol=1e-2))(np.linspace(0, 10, 201), np.sqrt(3.96))',
# ]
# difficulty = 'basic'
# tags = ['debugging', 'ode', 'initial-value-problem']
# ///
import numpy as np
from scipy.integrate import solve_ivp


# solve_ivp calls fun(t, y): time first, unlike odeint's fun(y, t)
def oscillator(t, y):
    position, velocity = y
    return [velocity, -0.4 * velocity - 4.0 * position]


t_eval = np.linspace(0, 10, 201)
sol = solve_ivp(oscillator, (0, 10), [1.0, 0.0], t_eval=t_eval)
