# /// example
# task = """
# Add two derived columns to `measurements` with one multi-line `DataFrame.eval` expression: \
# `temp_k` (temperature + 273.15) and `pressure_per_humidity` (pressure divided by humidity); \
# store the extended frame in `derived`."""
# prompt = """
# Add two derived columns to `measurements` using a single multi-line eval expression: `temp_k` \
# (temperature + 273.15) and `pressure_per_humidity` (pressure divided by humidity). Store the \
# extended frame in `derived` and leave `measurements` itself unchanged."""
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = { measurements = 'measurements' }
# checks = [
#     'np.allclose(derived["temp_k"], measurements["temperature"] + 273.15, equal_nan=True)',
#     'np.allclose(derived["pressure_per_humidity"], measurements["pressure"] / measurements["humidity"], equal_nan=True)',
#     'list(derived.columns[: measurements.shape[1]]) == list(measurements.columns)',
#     '"temp_k" not in measurements.columns',
# ]
# difficulty = 'basic'
# tags = ['derived-columns', 'feature-engineering']
# edge_cases = true
# ///
# each line of the expression assigns a column; eval returns a new frame, measurements is unchanged
derived = measurements.eval(
    """
    temp_k = temperature + 273.15
    pressure_per_humidity = pressure / humidity
    """
)
