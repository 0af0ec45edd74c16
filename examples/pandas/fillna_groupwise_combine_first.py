# /// example
# task = """
# Fill the gaps in `dose` and `response` of `trial_missing` with the mean of the patient's own \
# `site`: compute the site means aligned to the rows with `groupby(...).transform("mean")` and \
# patch the holes with `combine_first` (existing values win); store the result in `patched`."""
# prompt = """
# In `trial_missing`, fill the gaps in `dose` and `response` with the mean of the patient's own \
# `site`: compute the site means aligned to the rows and use them only to patch the holes, so \
# existing values always win. Store the result in `patched`."""
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = { trial_missing = 'trial_missing' }
# checks = [
#     'set(patched.columns) == set(trial_missing.columns)',
#     'patched[["dose", "response"]].isna().sum().sum() == trial_missing.groupby("site", observed=True)["response"].transform("count").eq(0).sum() + trial_missing.groupby("site", observed=True)["dose"].transform("count").eq(0).sum()',
#     'np.allclose(patched.loc[trial_missing["response"].notna(), "response"], trial_missing["response"].dropna())',
#     'all(np.isclose(patched["response"].iloc[i], trial_missing.loc[trial_missing["site"] == trial_missing["site"].iloc[i], "response"].mean(), equal_nan=True) for i in np.flatnonzero(trial_missing["response"].isna()))',
# ]
# difficulty = 'advanced'
# tags = ['missing-data', 'imputation', 'groupby']
# [edge_cases]
# nan = true
# why = 'trial_missing has missing values, so the generated frames carry them too'
# ///
# transform returns each row's site mean on the original index, so combine_first can align it
# cell by cell and only fill the holes
site_means = trial_missing.groupby("site", observed=True)[["dose", "response"]].transform("mean")
patched = trial_missing.combine_first(site_means)
