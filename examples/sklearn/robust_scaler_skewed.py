# /// example
# task = """
# Scale the right-skewed 1-D sample `skewed` with `RobustScaler` (median centring, \
# interquartile-range scaling), which outliers barely affect; store the 1-D result in `scaled`."""
# domain = 'data_processing'
# libraries = ['scikit-learn']
# inputs = { skewed = 'skewed' }
# checks = [
#     'scaled.shape == skewed.shape',
#     'np.isclose(np.median(scaled), 0)',
#     # a zero interquartile range (mostly tied values) leaves the scale at 1
#     'np.isclose(np.percentile(scaled, 75) - np.percentile(scaled, 25), 1) or np.percentile(skewed, 75) == np.percentile(skewed, 25)',
# ]
# difficulty = 'basic'
# tags = ['scaling', 'outliers']
# edge_cases = true
# ///
from sklearn.preprocessing import RobustScaler

# scikit-learn transformers expect a 2-D (n_samples, n_features) array
column = skewed.reshape(-1, 1)
scaled = RobustScaler().fit_transform(column).ravel()
