# /// example
# task = """
# The columns of `components` are the spectra of two pure substances at 4 wavelengths and \
# `mixture` is a measured spectrum. Find the non-negative amounts of each substance that best \
# reproduce the mixture in the least-squares sense; store them in `amounts` (rounded to 4 \
# decimals) and the residual norm in `residual_norm` (rounded to 4 decimals).
#
# ```text
# components = [[1.0, 0.2],
#               [0.8, 1.0],
#               [0.1, 0.9],
#               [0.5, 0.0]]
# mixture    = [0.6, 0.3, -0.1, 0.4]
# ```
#
# Wanted:
#
# ```text
# amounts       = [0.5421, 0.0]
# residual_norm = 0.2483
# ```"""
# prompt = """
# Plain least squares gives me a negative amount for the second substance, which is impossible. \
# With the pure spectra as columns of `components` and my measurement `mixture`:
#
# ```text
# components = [[1.0, 0.2],
#               [0.8, 1.0],
#               [0.1, 0.9],
#               [0.5, 0.0]]
# mixture    = [0.6, 0.3, -0.1, 0.4]
# ```
#
# I want the best non-negative amounts in `amounts` and the residual norm in `residual_norm`, \
# both rounded to 4 decimals. I expect
#
# ```text
# amounts       = [0.5421, 0.0]
# residual_norm = 0.2483
# ```"""
# task_type = 'input-output'
# domain = 'numerical_methods'
# libraries = ['scipy.optimize', 'numpy']
# inputs = {}
# checks = [
#     'np.allclose(amounts, [0.5421, 0.0], atol=1e-4)',
#     'np.isclose(residual_norm, 0.2483, atol=1e-4)',
# ]
# difficulty = 'basic'
# tags = ['least-squares', 'constrained-optimization', 'applied-science']
# ///
import numpy as np
from scipy import optimize

components = np.array([[1.0, 0.2], [0.8, 1.0], [0.1, 0.9], [0.5, 0.0]])
mixture = np.array([0.6, 0.3, -0.1, 0.4])
# nnls returns the non-negative solution and the 2-norm of its residual
solution, norm = optimize.nnls(components, mixture)
amounts = np.round(solution, 4)
residual_norm = round(norm, 4)
