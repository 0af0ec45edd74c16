# /// example
# task = """
# Solve the small least-squares problem below, min ||A x - b||, with both unknowns restricted \
# to 0 <= x_i <= 1, using SciPy's bounded linear least squares, and store the solution in `x` \
# and the residual norm ||A x - b|| in `residual_norm`. Clipping the unconstrained solution \
# (1.8333, 0.3333) to the box would give (1, 0.3333), which is not the constrained optimum.
#
# ```text
# A = [[1, 0],        b = [2.0,
#      [0, 1],             0.5,
#      [1, 1]]             2.0]
# ```
#
# Wanted (rounded to 4 decimals):
#
# ```text
# x = [1.0, 0.75], residual_norm = 1.0607
# ```"""
# prompt = """
# My mixing fractions have to stay between 0 and 1. How do I solve this least-squares problem \
# with those bounds in scipy, getting `x` and the residual norm `residual_norm`?
#
# ```text
# A = [[1, 0],        b = [2.0,
#      [0, 1],             0.5,
#      [1, 1]]             2.0]
# ```
#
# Just clipping the ordinary solution (1.8333, 0.3333) gives (1, 0.3333), but I believe the real \
# answer is
#
# ```text
# x = [1.0, 0.75], residual_norm = 1.0607
# ```"""
# task_type = 'input-output'
# domain = 'numerical_methods'
# libraries = ['scipy.optimize', 'numpy']
# inputs = {}
# checks = [
#     'np.allclose(x, [1.0, 0.75], atol=5e-5)',
#     'np.isclose(residual_norm, 1.0607, atol=5e-5)',
#     'np.isclose(residual_norm, np.linalg.norm(np.array([[1.0, 0.0], [0.0, 1.0], [1.0, 1.0]]) @ x - [2.0, 0.5, 2.0]), atol=1e-9)',
# ]
# difficulty = 'intermediate'
# tags = ['least-squares', 'constrained-optimization']
# ///
import numpy as np
from scipy.optimize import lsq_linear

A = np.array([[1.0, 0.0], [0.0, 1.0], [1.0, 1.0]])
b = np.array([2.0, 0.5, 2.0])

# once x_0 sits on its upper bound, x_2 is re-optimised for that value, not just clipped
result = lsq_linear(A, b, bounds=(0.0, 1.0))
x = result.x
residual_norm = np.linalg.norm(A @ x - b)
