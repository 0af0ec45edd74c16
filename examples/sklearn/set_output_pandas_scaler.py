# /// example
# task = """
# Standardise every column of the DataFrame `measurements` with `StandardScaler`, configured with \
# `set_output(transform="pandas")` so the result `scaled` is a DataFrame with the same column names \
# and index as `measurements`."""
# prompt = """
# When I standardise `measurements` with `StandardScaler` I get back a bare NumPy array and lose my \
# column names. Can scikit-learn hand back a DataFrame with the same columns and index (e.g. via \
# `set_output`)? Put it in `scaled`."""
# domain = 'machine_learning'
# libraries = ['scikit-learn', 'pandas', 'numpy']
# inputs = { measurements = 'measurements' }
# checks = [
#     'isinstance(scaled, pd.DataFrame) and list(scaled.columns) == list(measurements.columns) and scaled.index.equals(measurements.index)',
#     # population standard deviation; constant columns only get centred
#     '(lambda sd: np.allclose(scaled.to_numpy(), (measurements - measurements.mean()).to_numpy() / np.where(sd < 1e-12 * (1 + measurements.abs().max().to_numpy()), 1, sd), atol=1e-8))(measurements.std(ddof=0).to_numpy())',
# ]
# difficulty = 'basic'
# tags = ['standardization', 'data-types']
# edge_cases = true
# ///
from sklearn.preprocessing import StandardScaler

# set_output makes transform return a DataFrame carrying the input's column names and index
scaler = StandardScaler().set_output(transform="pandas")
scaled = scaler.fit_transform(measurements)
