# /// example
# task = """
# Fit `KernelRidge(kernel="rbf", alpha=0.1, gamma=0.5)` to the curve `x`, `y` (one feature) and \
# store the dual coefficients in `dual_coef` and the predictions on 50 evenly spaced points from \
# `x.min()` to `x.max()` in `x_grid` and `y_grid`."""
# prompt = """
# I want a nonparametric smooth of my decay curve `x`, `y` with kernel ridge regression: RBF \
# kernel, `gamma=0.5`, regularisation `alpha=0.1`. Please give me the fitted dual coefficients \
# as `dual_coef`, and the curve evaluated on 50 equally spaced points between the smallest and \
# largest x, as `x_grid` and `y_grid`."""
# domain = 'machine_learning'
# libraries = ['scikit-learn', 'numpy']
# inputs = { x = 'decay.x', y = 'decay.y' }
# checks = [
#     'np.allclose(x_grid, np.linspace(np.min(x), np.max(x), 50))',
#     # kernel ridge solves (K + alpha I) c = y with K_ij = exp(-gamma (x_i - x_j)^2)
#     'np.allclose(np.ravel(dual_coef), np.linalg.solve(np.exp(-0.5 * np.subtract.outer(x, x) ** 2) + 0.1 * np.eye(len(x)), y), atol=1e-6)',
#     'np.allclose(y_grid, np.exp(-0.5 * np.subtract.outer(np.linspace(np.min(x), np.max(x), 50), x) ** 2) @ np.linalg.solve(np.exp(-0.5 * np.subtract.outer(x, x) ** 2) + 0.1 * np.eye(len(x)), y), atol=1e-6)',
# ]
# difficulty = 'intermediate'
# tags = ['regression', 'regularization', 'curve-fitting']
# edge_cases = true
# ///
import numpy as np
from sklearn.kernel_ridge import KernelRidge

# gamma sets the kernel width (1/gamma is a squared length scale); alpha damps the fit
model = KernelRidge(kernel="rbf", alpha=0.1, gamma=0.5)
model.fit(x.reshape(-1, 1), y)
dual_coef = model.dual_coef_
x_grid = np.linspace(x.min(), x.max(), 50)
y_grid = model.predict(x_grid.reshape(-1, 1))
