# /// example
# task = """
# Expand the numeric DataFrame `measurements` into all degree-2 polynomial terms (squares and \
# pairwise products, no bias column) with `PolynomialFeatures`; store the array in `expanded` and \
# the generated column names in `feature_names`."""
# prompt = """
# Expand my numeric DataFrame `measurements` into all degree-2 polynomial terms (the original \
# columns, squares and pairwise products, but no bias column); store the array in `expanded` and \
# the generated column names, built from the DataFrame's column names (like "a^2" and "a b"), in \
# `feature_names`."""
# domain = 'machine_learning'
# libraries = ['scikit-learn']
# inputs = { measurements = 'measurements' }
# checks = [
#     'expanded.shape == (len(measurements), measurements.shape[1] * (measurements.shape[1] + 3) // 2)',
#     "len(feature_names) == expanded.shape[1] and all(f'{c}^2' in feature_names for c in measurements.columns)",
#     "np.allclose(expanded[:, list(feature_names).index(f'{measurements.columns[0]} {measurements.columns[1]}')], measurements.iloc[:, 0] * measurements.iloc[:, 1])",
# ]
# difficulty = 'basic'
# tags = ['feature-engineering']
# edge_cases = true
# ///
from sklearn.preprocessing import PolynomialFeatures

# include_bias=False drops the column of ones; a downstream linear model fits its own intercept
poly = PolynomialFeatures(degree=2, include_bias=False)
expanded = poly.fit_transform(measurements)
# fitted on a DataFrame, names come from its columns ("temperature^2") rather than x0, x1
feature_names = poly.get_feature_names_out()
