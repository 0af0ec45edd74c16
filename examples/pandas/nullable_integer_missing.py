# /// example
# task = """
# Store the `dose` of `trial_missing` in tenths of a unit as a nullable integer column \
# `dose_tenths` (`astype("Int64")`), so that missing doses stay `<NA>` instead of forcing a float \
# column."""
# prompt = """
# Store the `dose` of `trial_missing` in tenths of a unit (dose times 10, rounded) as a new \
# nullable integer column `dose_tenths` with dtype "Int64", so missing doses stay <NA> instead of \
# forcing the column to float."""
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = { trial_missing = 'trial_missing' }
# checks = [
#     'str(trial_missing["dose_tenths"].dtype) == "Int64"',
#     'trial_missing["dose_tenths"].isna().sum() == trial_missing["dose"].isna().sum()',
#     'np.allclose(trial_missing["dose_tenths"].dropna().astype(float), (trial_missing["dose"].dropna() * 10).round())',
# ]
# difficulty = 'intermediate'
# tags = ['data-types', 'missing-data']
# [edge_cases]
# nan = true
# why = 'trial_missing has missing values, so the generated frames carry them too'
# ///
# round first: astype("Int64") raises on non-integer floats instead of truncating them
trial_missing["dose_tenths"] = (trial_missing["dose"] * 10).round().astype("Int64")
