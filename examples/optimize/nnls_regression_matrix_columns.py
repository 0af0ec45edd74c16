# /// example
# task = """
# `matrix` has 4 columns of measurements. Explain the first column as a non-negative combination \
# of the other three (no intercept) by non-negative least squares. Store the three weights in \
# `weights` and the Euclidean norm of the residual in `residual_norm`."""
# prompt = """
# In my data `matrix` (4 columns), I think column 0 is a mixture of columns 1-3 with \
# non-negative proportions. Fit it by non-negative least squares without an intercept and give \
# me the three weights as `weights` and the residual norm as `residual_norm`."""
# domain = 'numerical_methods'
# libraries = ['scipy.optimize', 'numpy']
# inputs = { matrix = 'matrix' }
# checks = [
#     'np.shape(weights) == (matrix.shape[1] - 1,) and np.all(np.asarray(weights) >= 0)',
#     'np.isclose(residual_norm, np.linalg.norm(matrix[:, 1:] @ np.asarray(weights) - matrix[:, 0]), rtol=1e-6, atol=1e-9 * (1 + np.abs(matrix).max()))',
#     # optimal among non-negative weights: matches a bounded least-squares solve
#     'residual_norm <= np.linalg.norm(matrix[:, 1:] @ scipy.optimize.lsq_linear(matrix[:, 1:], matrix[:, 0], bounds=(0, np.inf), tol=1e-12).x - matrix[:, 0]) * (1 + 1e-6) + 1e-9 * (1 + np.abs(matrix).max())',
# ]
# difficulty = 'basic'
# tags = ['least-squares', 'constrained-optimization', 'regression']
# edge_cases = true
# ///
from scipy import optimize

design = matrix[:, 1:]
target = matrix[:, 0]
# nnls solves min ||design w - target|| subject to w >= 0 and also returns that minimum norm
weights, residual_norm = optimize.nnls(design, target)
