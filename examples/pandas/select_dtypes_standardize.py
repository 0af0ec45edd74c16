# /// example
# task = """
# Standardise only the numeric columns of `trial` (found with `select_dtypes(include="number")`) \
# to zero mean and unit sample standard deviation (pandas' default `std`, `ddof=1`), leaving the \
# categorical columns unchanged; a constant column has no spread to divide by and becomes all \
# zeros instead of NaN. Store the result in `standardized`."""
# prompt = """
# Standardise only the numeric columns of `trial` to zero mean and unit sample standard deviation \
# (ddof=1, pandas' default), leaving the categorical columns unchanged; a constant column has no \
# spread and should become all zeros rather than NaN. Store the result in `standardized`."""
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = { trial = 'trial' }
# checks = [
#     'np.allclose(standardized[["dose", "age", "response"]].mean(), 0)',
#     'np.allclose(standardized[["dose", "age", "response"]].std()[trial[["dose", "age", "response"]].nunique() > 1], 1)',
#     'standardized[["dose", "age", "response"]].notna().all().all()',
#     'standardized["site"].equals(trial["site"]) and standardized["treatment"].equals(trial["treatment"])',
# ]
# difficulty = 'intermediate'
# tags = ['data-types', 'standardization']
# edge_cases = true
# ///
numeric_cols = trial.select_dtypes(include="number").columns
numeric = trial[numeric_cols]
# dividing a constant column by its std gives 0 / 0 = NaN, or noise when rounding left a tiny
# std: divide it by 1 instead, so it is only centred (as scikit-learn's StandardScaler does)
spread = numeric.std().where(numeric.nunique() > 1, 1.0)
standardized = trial.copy()
standardized[numeric_cols] = (numeric - numeric.mean()) / spread
