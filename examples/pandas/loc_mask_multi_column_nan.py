# /// example
# task = """
# Quality control on `trial`: in a copy `qc`, blank out (`np.nan`) both `dose` and `response` for \
# every patient younger than 21 with one `qc.loc[mask, ["dose", "response"]] = np.nan` \
# assignment, and record how many patients were affected in `n_flagged`."""
# prompt = """
# For quality control on `trial`, make a copy `qc` and blank out both `dose` and `response` (set \
# to NaN) for every patient younger than 21 with one `.loc` assignment over both columns, and \
# record how many patients were affected in `n_flagged`."""
# domain = 'data_processing'
# libraries = ['pandas', 'numpy']
# inputs = { trial = 'trial' }
# checks = [
#     'n_flagged == (trial["age"] < 21).sum()',
#     'qc["response"].isna().sum() == (trial["response"].isna() | (trial["age"] < 21)).sum()',
#     'qc.loc[trial["age"] < 21, ["dose", "response"]].isna().all().all()',
#     'qc.loc[trial["age"] >= 21, "response"].equals(trial.loc[trial["age"] >= 21, "response"])',
#     'trial.equals(input_as_given("trial"))',
# ]
# difficulty = 'intermediate'
# tags = ['indexing', 'copy-on-write', 'missing-data']
# edge_cases = true
# ///
import numpy as np

qc = trial.copy()
under_21 = qc["age"] < 21
n_flagged = int(under_21.sum())
# the scalar on the right is broadcast to every selected cell: both columns of each masked row
qc.loc[under_21, ["dose", "response"]] = np.nan
