# /// example
# task = """
# Select the rows of `trial` in the `drug` arm with a `dose` above the local variable `min_dose = \
# 5.0`, using `DataFrame.query` with an `@min_dose` reference; store them in `high_dose_drug`."""
# prompt = """
# Select the rows of `trial` in the "drug" arm with a `dose` above my local variable `min_dose = \
# 5.0`, written as a query string that refers to the variable with @min_dose; store them in \
# `high_dose_drug`."""
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = { trial = 'trial' }
# checks = [
#     'high_dose_drug.equals(trial[(trial["treatment"] == "drug") & (trial["dose"] > 5.0)])',
#     '(high_dose_drug["dose"] > 5.0).all()',
# ]
# difficulty = 'basic'
# tags = ['row-selection']
# edge_cases = true
# ///
min_dose = 5.0
# @ makes query look up min_dose among the Python variables instead of the columns
high_dose_drug = trial.query("treatment == 'drug' and dose > @min_dose")
