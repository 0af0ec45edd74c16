# /// example
# task = """
# Scale the right-skewed 1-D sample `skewed` with `RobustScaler` (median centring, \
# interquartile-range scaling), which outliers barely affect; store the 1-D result in `scaled`."""
# prompt = """
# My 1-D sample `skewed` is right-skewed with outliers. Scale it robustly (subtract the median, \
# divide by the interquartile range) with scikit-learn and store the result as a 1-D array in \
# `scaled`."""
# domain = 'machine_learning'
# libraries = ['scikit-learn']
# inputs = { skewed = 'skewed' }
# checks = [
#     'scaled.shape == skewed.shape',
#     'np.isclose(np.median(scaled), 0)',
#     # a zero interquartile range (mostly tied values) leaves the scale at 1
#     'np.isclose(np.percentile(scaled, 75) - np.percentile(scaled, 25), 1) or np.percentile(skewed, 75) == np.percentile(skewed, 25)',
# ]
# difficulty = 'basic'
# tags = ['standardization', 'outliers']
# edge_cases = true
# ///
from sklearn.preprocessing import RobustScaler

# scikit-learn transformers expect a 2-D (n_samples, n_features) array
column = skewed.reshape(-1, 1)
scaled = RobustScaler().fit_transform(column).ravel()
