# /// example
# task = """
# Select the `drug` arm of `trial` into an independent DataFrame `drug_arm` (take a `.copy()` of \
# the filtered rows) and add a column `dose_mg` (`dose` in grams times 1000) to it, leaving \
# `trial` itself unchanged."""
# prompt = """
# Select the "drug" arm of `trial` (by `treatment`) as an independent DataFrame `drug_arm`, an \
# explicit copy of the filtered rows, and add a column `dose_mg` (the `dose` in grams times 1000) \
# to it, leaving `trial` itself unchanged."""
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = { trial = 'trial' }
# checks = [
#     'trial.equals(input_as_given("trial"))',
#     'len(drug_arm) == (trial["treatment"] == "drug").sum()',
#     'np.allclose(drug_arm["dose_mg"], trial.loc[trial["treatment"] == "drug", "dose"] * 1000, equal_nan=True)',
# ]
# difficulty = 'basic'
# tags = ['copy-on-write', 'row-selection', 'derived-columns']
# edge_cases = true
# ///
# .copy() makes the subset a frame of its own: without it, pandas before 3.0 warns
# (SettingWithCopyWarning) when a column is added to the filtered rows
drug_arm = trial[trial["treatment"] == "drug"].copy()
drug_arm["dose_mg"] = drug_arm["dose"] * 1000
