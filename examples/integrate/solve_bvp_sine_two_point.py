# /// example
# task = """
# Solve the two-point boundary value problem y'' + y = 0 on [0, pi/2] with y(0) = 0 and \
# y(pi/2) = 1 using SciPy's `solve_bvp`, starting from a zero guess on 5 evenly spaced mesh \
# points. Store the solver result in `solution` and the solution evaluated at the 21 points \
# `x_plot = np.linspace(0, np.pi / 2, 21)` in `y_plot`."""
# prompt = """
# How do I solve y'' + y = 0 with y(0) = 0 and y(pi/2) = 1 using scipy's solve_bvp? Start from a \
# zero guess on 5 mesh points, keep the result object in `solution`, and give me the values on \
# `x_plot = np.linspace(0, np.pi / 2, 21)` in `y_plot` (they should follow sin x)."""
# domain = 'numerical_methods'
# libraries = ['scipy.integrate', 'numpy']
# inputs = {}
# checks = [
#     'solution.success',
#     'np.allclose(x_plot, np.linspace(0, np.pi / 2, 21))',
#     'np.shape(y_plot) == (21,)',
#     'np.allclose(y_plot, np.sin(x_plot), atol=1e-4)',
# ]
# difficulty = 'basic'
# tags = ['ode', 'boundary-value-problem']
# ///
import numpy as np
from scipy.integrate import solve_bvp


def rhs(x, y):
    # write y'' = -y as a first-order system in (y, y')
    return np.vstack([y[1], -y[0]])


def boundary(ya, yb):
    # residuals that vanish when y(0) = 0 and y(pi/2) = 1
    return np.array([ya[0], yb[0] - 1.0])


mesh = np.linspace(0, np.pi / 2, 5)
solution = solve_bvp(rhs, boundary, mesh, np.zeros((2, mesh.size)))
x_plot = np.linspace(0, np.pi / 2, 21)
y_plot = solution.sol(x_plot)[0]
