# /// example
# task = """
# Format every value of `measurements` as text with one decimal place using the element-wise \
# `DataFrame.map` (the successor of the deprecated `applymap`); store the string table in \
# `formatted`."""
# prompt = """
# I need every value of `measurements` turned into text with one decimal place (like "21.4"), \
# cell by cell, using the element-wise DataFrame method that replaced the deprecated applymap. \
# Store the string table in `formatted`."""
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = { measurements = 'measurements' }
# checks = [
#     'formatted.shape == measurements.shape',
#     'formatted.iat[0, 0] == f"{measurements.iat[0, 0]:.1f}"',
#     'all(isinstance(v, str) for v in formatted.iloc[:, 0])',
#     'np.allclose(formatted.astype(float), measurements, atol=0.051, equal_nan=True)',
# ]
# difficulty = 'basic'
# tags = ['recoding']
# edge_cases = true
# ///
# map (applymap's new name on a DataFrame) calls the function on every cell; NaN becomes "nan"
formatted = measurements.map("{:.1f}".format)
