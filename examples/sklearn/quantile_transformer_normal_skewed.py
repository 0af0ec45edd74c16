# /// example
# task = """
# Map the right-skewed 1-D sample `skewed` onto a standard normal shape with \
# `QuantileTransformer` (`output_distribution="normal"`, one quantile per sample so no \
# interpolation between landmarks is needed), and store the 1-D result in `gaussianized`."""
# prompt = """
# My sample `skewed` has a long right tail and I want it to look normally distributed before \
# modelling. Use scikit-learn's quantile transform with a normal output (`output_distribution="normal"`, \
# as many quantiles as there are samples) and give me the transformed values as a 1-D array \
# `gaussianized`."""
# domain = 'machine_learning'
# libraries = ['scikit-learn', 'numpy']
# inputs = { skewed = 'skewed' }
# checks = [
#     'np.shape(gaussianized) == np.shape(skewed)',
#     # each untied value above the minimum goes to the normal quantile of its empirical rank
#     '(lambda x, out: (lambda u, keep: np.allclose(out[keep], scipy.stats.norm.ppf(np.clip(u[keep], 1e-7, 1 - 1e-7))))((scipy.stats.rankdata(x) - 1) / max(len(x) - 1, 1), (np.unique(x, return_counts=True)[1][np.searchsorted(np.unique(x), x)] == 1) & (x > x.min())))(np.asarray(skewed, dtype=float), np.ravel(gaussianized))',
#     # the transform keeps the order of the values
#     'np.all(np.diff(np.ravel(gaussianized)[np.argsort(skewed, kind="stable")]) >= -1e-12)',
# ]
# difficulty = 'intermediate'
# tags = ['normality', 'feature-engineering', 'quantiles']
# edge_cases = true
# ///
from sklearn.preprocessing import QuantileTransformer

# n_quantiles may not exceed the number of samples; one per sample uses the exact empirical ranks
transformer = QuantileTransformer(n_quantiles=len(skewed), output_distribution="normal")
gaussianized = transformer.fit_transform(skewed.reshape(-1, 1)).ravel()
