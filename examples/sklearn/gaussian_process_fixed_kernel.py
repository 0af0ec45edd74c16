# /// example
# task = """
# Fit `GaussianProcessRegressor` to the growth curve `x`, `y` with the fixed kernel \
# `RBF(length_scale=2.0) + WhiteKernel(noise_level=0.5)` (no hyperparameter optimisation: \
# `optimizer=None`) and store the posterior mean and standard deviation at the 5 points \
# `x_new = [0.5, 2.0, 4.5, 7.0, 9.5]` in `mean` and `std`."""
# prompt = """
# I want Gaussian-process predictions with uncertainty for my growth data `x`, `y`, but with a \
# kernel I choose and keep fixed (no optimizer, `optimizer=None`): RBF with `length_scale=2.0` plus a white-noise \
# term with `noise_level=0.5`. Give me the predictive mean `mean` and standard deviation `std` \
# (5 values each) at `x_new = [0.5, 2.0, 4.5, 7.0, 9.5]`."""
# domain = 'machine_learning'
# libraries = ['scikit-learn', 'numpy']
# inputs = { x = 'growth.x', y = 'growth.y' }
# checks = [
#     'np.shape(mean) == (5,) and np.shape(std) == (5,)',
#     # GP posterior: mean = k*^T (K + s I)^-1 y, with the noise on the training diagonal only
#     '(lambda K, Ks, xs: np.allclose(mean, Ks @ np.linalg.solve(K + 0.5 * np.eye(len(x)), y), rtol=1e-5, atol=1e-6 * (1 + np.abs(y).max())))(np.exp(-np.subtract.outer(x, x) ** 2 / 8.0), np.exp(-np.subtract.outer(np.array([0.5, 2.0, 4.5, 7.0, 9.5]), x) ** 2 / 8.0), None)',
#     # predictive variance of a new noisy observation: 1 + 0.5 - k*^T (K + s I)^-1 k*
#     '(lambda K, Ks: np.allclose(std, np.sqrt(1.5 - np.einsum("ij,ji->i", Ks, np.linalg.solve(K + 0.5 * np.eye(len(x)), Ks.T))), rtol=1e-5))(np.exp(-np.subtract.outer(x, x) ** 2 / 8.0), np.exp(-np.subtract.outer(np.array([0.5, 2.0, 4.5, 7.0, 9.5]), x) ** 2 / 8.0))',
# ]
# difficulty = 'advanced'
# tags = ['regression', 'confidence-interval']
# edge_cases = true
# ///
import numpy as np
from sklearn.gaussian_process import GaussianProcessRegressor
from sklearn.gaussian_process.kernels import RBF, WhiteKernel

kernel = RBF(length_scale=2.0) + WhiteKernel(noise_level=0.5)
# optimizer=None keeps the kernel exactly as given instead of maximising the likelihood
gp = GaussianProcessRegressor(kernel=kernel, optimizer=None)
gp.fit(x.reshape(-1, 1), y)
x_new = np.array([0.5, 2.0, 4.5, 7.0, 9.5])
mean, std = gp.predict(x_new.reshape(-1, 1), return_std=True)
