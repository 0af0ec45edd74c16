# /// example
# task = """
# Correlate every column of `measurements` with its `temperature` column using \
# `DataFrame.corrwith`, drop `temperature` itself and sort by absolute correlation, strongest \
# first; store the Series in `temp_corr`. A constant column (or a constant `temperature`) has no \
# correlation: set it to NaN explicitly, so it sorts last."""
# prompt = """
# I want to know which columns of `measurements` track its `temperature` column: correlate every \
# column with `temperature` (Pearson), drop `temperature` itself, and sort by absolute \
# correlation, strongest first, into the Series `temp_corr`. A constant column (or a constant \
# temperature) has no correlation, so set it to NaN explicitly and let it sort last."""
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = { measurements = 'measurements' }
# checks = [
#     'set(temp_corr.index) == set(measurements.columns) - {"temperature"}',
#     'temp_corr.abs().dropna().is_monotonic_decreasing and temp_corr.isna().tolist() == sorted(temp_corr.isna())',
#     'all(np.isnan(temp_corr[c]) if measurements[[c, "temperature"]].nunique().min() < 2 else np.isclose(temp_corr[c], np.corrcoef(*measurements[[c, "temperature"]].dropna().to_numpy().T)[0, 1]) for c in temp_corr.index)',
# ]
# difficulty = 'basic'
# tags = ['correlation', 'sorting', 'column-wise']
# edge_cases = true
# ///
temperature = measurements["temperature"]
# Pearson's r is 0 / 0 for a constant column, and rounding in that column's mean can turn
# it into noise around 0 instead of NaN: mask such columns explicitly
defined = (measurements.nunique() > 1) & (temperature.nunique() > 1)
temp_corr = (
    measurements.corrwith(temperature)
    .where(defined)
    .drop("temperature")
    .sort_values(key=abs, ascending=False)
)
