# /// example
# task = """
# Replace outliers in `measurements` by NaN: values more than 2.5 sample standard deviations \
# (pandas' default `std`, `ddof=1`) away from their column mean, using `DataFrame.mask`; store \
# the result in `cleaned`."""
# prompt = """
# Replace the outliers in `measurements` with NaN, where an outlier is a value more than 2.5 \
# sample standard deviations (pandas' default std, ddof=1) from its column mean; store the \
# same-shaped result in `cleaned`."""
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = { measurements = 'measurements' }
# checks = [
#     'cleaned.shape == measurements.shape',
#     'cleaned.isna().sum().sum() == (measurements.isna() | ((measurements - measurements.mean()).abs() > 2.5 * measurements.std())).sum().sum()',
#     'np.array_equal(cleaned.to_numpy()[cleaned.notna().to_numpy()], measurements.to_numpy()[cleaned.notna().to_numpy()])',
# ]
# difficulty = 'intermediate'
# tags = ['outliers', 'data-cleaning']
# edge_cases = true
# ///
z_scores = (measurements - measurements.mean()) / measurements.std()
# mask blanks the cells where the condition is True, the opposite of where
cleaned = measurements.mask(z_scores.abs() > 2.5)
