# /// example
# task = """
# Make the positive, right-skewed 1-D sample `skewed` more Gaussian with \
# `PowerTransformer(method="box-cox")` (which also standardises the result). Store the 1-D \
# transformed values in `transformed` and the fitted Box-Cox exponent in `lam`."""
# prompt = """
# My positive sample `skewed` is strongly right-skewed. Apply a Box-Cox power transform with \
# scikit-learn's `PowerTransformer` (standardised output, as it does by default) and give me the \
# transformed values as a 1-D array `transformed` and the estimated lambda as `lam`."""
# domain = 'machine_learning'
# libraries = ['scikit-learn', 'scipy', 'numpy']
# inputs = { skewed = 'skewed' }
# checks = [
#     # maximum-likelihood Box-Cox exponent, as SciPy estimates it
#     'np.isclose(lam, scipy.stats.boxcox(skewed)[1], rtol=1e-3, atol=1e-3)',
#     '(lambda z: np.allclose(np.ravel(transformed), (z - z.mean()) / z.std(), atol=1e-6) if z.std() > 0 else True)(scipy.stats.boxcox(skewed, lmbda=lam))',
#     'np.isclose(np.mean(transformed), 0, atol=1e-8) and np.isclose(np.std(transformed), 1, atol=1e-6)',
# ]
# difficulty = 'intermediate'
# tags = ['normality', 'feature-engineering', 'standardization']
# edge_cases = { min_size = 5, constant = false, why = "a Box-Cox exponent is estimated from a varying sample of several positive values" }
# ///
from sklearn.preprocessing import PowerTransformer

# Box-Cox needs strictly positive data; standardize=True (default) rescales to mean 0, sd 1
transformer = PowerTransformer(method="box-cox")
transformed = transformer.fit_transform(skewed.reshape(-1, 1)).ravel()
lam = transformer.lambdas_[0]
