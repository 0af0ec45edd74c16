# /// example
# task = """
# Scale each column of the 2-D array `matrix` by its largest absolute value with \
# `MaxAbsScaler` (no centring, so zeros stay zeros and sparsity would be kept). Store the \
# scaled array in `scaled` and the per-column scale factors in `max_abs`."""
# prompt = """
# I'd like every column of `matrix` divided by its maximum absolute value so the values sit in \
# [-1, 1] without shifting them (I'll reuse this on sparse data later). Use sklearn's max-abs \
# scaler; put the result in `scaled` and the per-column maxima in `max_abs`."""
# domain = 'machine_learning'
# libraries = ['scikit-learn', 'numpy']
# inputs = { matrix = 'matrix' }
# checks = [
#     'np.allclose(max_abs, np.abs(matrix).max(axis=0))',
#     # scaling only divides: multiplying back restores the data
#     'np.allclose(np.asarray(scaled) * np.abs(matrix).max(axis=0), matrix)',
#     # every column that is not (numerically) all zero reaches exactly 1 in absolute value
#     'np.allclose(np.abs(scaled).max(axis=0)[np.abs(matrix).max(axis=0) > 1e-12], 1)',
#     'np.all(np.abs(scaled) <= 1 + 1e-12)',
# ]
# difficulty = 'basic'
# tags = ['standardization']
# edge_cases = true
# ///
from sklearn.preprocessing import MaxAbsScaler

scaler = MaxAbsScaler()
scaled = scaler.fit_transform(matrix)
# max_abs_ holds each column's largest absolute value, the divisor transform uses
max_abs = scaler.max_abs_
