# /// example
# task = """
# Rescale every column of the 2-D array `matrix` to the range [-1, 1] with `MinMaxScaler` into \
# `scaled`, then map it back with `inverse_transform` into `restored`."""
# prompt = """
# Rescale each column of my 2-D array `matrix` to the range [-1, 1] with min-max scaling into \
# `scaled`, and then map it back to the original units into `restored`."""
# domain = 'machine_learning'
# libraries = ['scikit-learn']
# inputs = { matrix = 'matrix' }
# checks = [
#     'scaled.shape == matrix.shape',
#     'np.allclose(scaled.min(axis=0), -1)',
#     # a constant column has no range to stretch and stays at the lower bound; so does one whose
#     # range is negligible (1e-246 in an edge case), which scikit-learn treats as constant
#     'np.allclose(scaled.max(axis=0)[np.ptp(matrix, axis=0) > 1e-8], 1) and np.allclose(scaled.max(axis=0)[np.ptp(matrix, axis=0) == 0], -1)',
#     'np.allclose(restored, matrix)',
# ]
# difficulty = 'basic'
# tags = ['standardization']
# edge_cases = true
# ///
from sklearn.preprocessing import MinMaxScaler

# maps each column's minimum to -1 and maximum to 1; the default range is (0, 1)
scaler = MinMaxScaler(feature_range=(-1, 1))
scaled = scaler.fit_transform(matrix)
# the fitted per-column min and scale undo the mapping, back in the original units
restored = scaler.inverse_transform(scaled)
