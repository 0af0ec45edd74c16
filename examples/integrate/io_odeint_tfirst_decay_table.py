# /// example
# task = """
# Solve dy/dt = -0.5 y, y(0) = 2 with `odeint`, writing the right-hand side in `solve_ivp`'s \
# argument order f(t, y) and telling `odeint` so with `tfirst=True`. Report the solution at the \
# three times `t` = 0, 1, 2 in the 1-D array `y`.
#
# ```text
# dy/dt = -0.5 * y,  y(0) = 2,  t = 0, 1, 2
# ```
#
# Wanted (rounded):
#
# ```text
# y = [2.0, 1.21306, 0.73576]
# ```"""
# prompt = """
# My right-hand sides are written f(t, y) for solve_ivp, but this script uses odeint:
#
# ```text
# dy/dt = -0.5 * y,  y(0) = 2,  t = 0, 1, 2
# ```
#
# Without rewriting the function, solve it with odeint at `t` and give me a flat array `y` of \
# the three values. Expected:
#
# ```text
# y = [2.0, 1.21306, 0.73576]
# ```"""
# task_type = 'input-output'
# domain = 'numerical_methods'
# libraries = ['scipy.integrate', 'numpy']
# inputs = {}
# checks = [
#     'np.allclose(t, [0, 1, 2])',
#     'np.shape(y) == (3,) and np.allclose(y, [2.0, 1.21306, 0.73576], atol=5e-6)',
# ]
# difficulty = 'basic'
# tags = ['ode', 'initial-value-problem']
# ///
import numpy as np
from scipy.integrate import odeint


def decay(t, y):
    return -0.5 * y


t = np.array([0.0, 1.0, 2.0])
# tfirst=True: odeint calls decay(t, y) instead of its default func(y, t)
y = odeint(decay, [2.0], t, tfirst=True)[:, 0]
