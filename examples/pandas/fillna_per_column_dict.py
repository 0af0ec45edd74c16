# /// example
# task = """
# Impute the missing values of `trial_missing` with one `fillna` call and a dict of per-column \
# values: `dose` gets the column median and `response` the column mean (a column without a single \
# value has neither and stays missing); store the result in `imputed`."""
# prompt = """
# Impute the missing values of `trial_missing` in one fillna call with per-column fill values: \
# `dose` gets its column median and `response` its column mean (a column without a single value \
# has neither and stays missing). Store the result in `imputed`."""
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = { trial_missing = 'trial_missing' }
# checks = [
#     # every gap is filled, except in a column without a single value (its median is NaN too)
#     'imputed.isna().sum().sum() == trial_missing[["dose", "response"]].isna().all().sum() * len(trial_missing)',
#     'np.isclose(imputed["response"].mean(), trial_missing["response"].mean(), equal_nan=True)',
#     'np.allclose(imputed.loc[trial_missing["dose"].isna(), "dose"], trial_missing["dose"].median(), equal_nan=True)',
#     'imputed.loc[trial_missing["response"].notna(), "response"].equals(trial_missing["response"].dropna())',
# ]
# difficulty = 'basic'
# tags = ['missing-data', 'imputation']
# [edge_cases]
# nan = true
# why = 'trial_missing has missing values, so the generated frames carry them too'
# ///
fill_values = {"dose": trial_missing["dose"].median(), "response": trial_missing["response"].mean()}
# a dict gives each column its own fill value; columns not in the dict are left as they are
imputed = trial_missing.fillna(fill_values)
