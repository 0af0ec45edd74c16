# /// example
# task = """
# Generate 500 points from three anisotropic Gaussian clusters (`X_points`), fit full-covariance \
# `GaussianMixture` models with 1 to 6 components (`random_state=0`) and choose the number of \
# components with the lowest BIC; store the BIC values in `bics`, the choice in `best_n`, the \
# selected model in `best_model` and its soft assignments for `X_points` in `responsibilities`."""
# prompt = """
# Simulate 500 2-D points from three anisotropic Gaussian clusters into `X_points` (for example \
# 200, 150 and 150 points around (0, 0), (6, 1) and (2, 7) with different tilted covariances, \
# numpy seed 0). Fit full-covariance Gaussian mixtures with 1 to 6 components (random_state=0) \
# and pick the number of components with the lowest BIC: store the six BIC values in an array \
# `bics`, the choice in `best_n`, the selected model in `best_model`, and its soft cluster \
# assignments (membership probabilities) for `X_points` in `responsibilities`."""
# domain = 'machine_learning'
# libraries = ['scikit-learn', 'numpy']
# inputs = {}
# checks = [
#     'bics.shape == (6,) and best_n == 3',
#     'best_model.n_components == best_n and best_model.converged_',
#     'responsibilities.shape == (len(X_points), best_n) and np.allclose(responsibilities.sum(axis=1), 1)',
# ]
# difficulty = 'advanced'
# tags = ['clustering', 'model-selection', 'parameter-choice']
# ///
import numpy as np
from sklearn.mixture import GaussianMixture

rng = np.random.default_rng(0)
centers = [(0, 0), (6, 1), (2, 7)]
covariances = [[[2.0, 0.8], [0.8, 0.6]], [[0.5, 0.0], [0.0, 2.0]], [[1.0, -0.6], [-0.6, 1.0]]]
sizes = (200, 150, 150)
X_points = np.vstack(
    [
        rng.multivariate_normal(c, cov, size=n)
        for c, cov, n in zip(centers, covariances, sizes, strict=True)
    ]
)

n_components = range(1, 7)
models = [
    GaussianMixture(n_components=n, covariance_type="full", random_state=0).fit(X_points)
    for n in n_components
]
# BIC rewards likelihood but charges for every extra parameter
bics = np.array([m.bic(X_points) for m in models])
best_n = n_components[int(np.argmin(bics))]
best_model = models[int(np.argmin(bics))]
responsibilities = best_model.predict_proba(X_points)
