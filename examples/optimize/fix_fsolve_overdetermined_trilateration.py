# /// example
# task = """
# A receiver measured its distances to three beacons at (0, 0), (10, 0) and (0, 10) (m) as 7.3, \
# 8.4 and 5.6 m; the measurements are noisy, so no point matches all three exactly. This code \
# should estimate the receiver's position (x, y) that best fits the three distances in the \
# least-squares sense and store it in `position`, but it raises an error:
#
# ```python
# import numpy as np
# from scipy import optimize
#
# beacons = np.array([[0.0, 0.0], [10.0, 0.0], [0.0, 10.0]])
# measured = np.array([7.3, 8.4, 5.6])
#
#
# def distance_errors(point):
#     return np.hypot(*(point - beacons).T) - measured
#
#
# position = optimize.fsolve(distance_errors, x0=[1.0, 1.0])
# ```
#
# ```text
# TypeError: fsolve: there is a mismatch between the input and output shape of the 'func' argument '_wrapped_func'.Shape should be (2,) but it is (3,).
# ```
#
# Fix it."""
# prompt = """
# I'm locating a receiver from its noisy distances to three beacons, (0, 0), (10, 0) and (0, 10), \
# measured as 7.3, 8.4 and 5.6 m. I want the best-fitting (x, y) in `position`:
#
# ```python
# import numpy as np
# from scipy import optimize
#
# beacons = np.array([[0.0, 0.0], [10.0, 0.0], [0.0, 10.0]])
# measured = np.array([7.3, 8.4, 5.6])
#
#
# def distance_errors(point):
#     return np.hypot(*(point - beacons).T) - measured
#
#
# position = optimize.fsolve(distance_errors, x0=[1.0, 1.0])
# ```
#
# gives
#
# ```text
# TypeError: fsolve: there is a mismatch between the input and output shape of the 'func' argument '_wrapped_func'.Shape should be (2,) but it is (3,).
# ```
#
# What should I use instead?"""
# task_type = 'fix'
# domain = 'numerical_methods'
# libraries = ['scipy.optimize', 'numpy']
# inputs = {}
# checks = [
#     'np.shape(position) == (2,)',
#     # the least-squares fit of the three distance residuals
#     'np.allclose(position, scipy.optimize.least_squares(lambda p: np.hypot(p[0] - np.array([0.0, 10.0, 0.0]), p[1] - np.array([0.0, 0.0, 10.0])) - np.array([7.3, 8.4, 5.6]), x0=[5.0, 5.0], xtol=1e-12, ftol=1e-12).x, atol=1e-5)',
#     'np.hypot(position[0] - 4.0, position[1] - 6.0) < 0.5',
# ]
# difficulty = 'intermediate'
# tags = ['debugging', 'least-squares', 'nonlinear-system']
# ///
import numpy as np
from scipy import optimize

beacons = np.array([[0.0, 0.0], [10.0, 0.0], [0.0, 10.0]])
measured = np.array([7.3, 8.4, 5.6])


def distance_errors(point):
    return np.hypot(*(point - beacons).T) - measured


# fsolve needs as many equations as unknowns; three noisy equations for two unknowns are a
# least-squares problem
fit = optimize.least_squares(distance_errors, x0=[1.0, 1.0])
position = fit.x
