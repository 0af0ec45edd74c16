# /// example
# task = """
# Report the missing data of `survey` in a DataFrame `missing_report` with one row per column of \
# `survey`: `n_missing` (count of NaN) and `fraction` (share of NaN), sorted by `n_missing`, \
# largest first."""
# prompt = """
# Give me a missing-data report for `survey` as a DataFrame `missing_report` with one row per \
# column of `survey`: `n_missing` (number of NaN) and `fraction` (share of NaN), sorted by \
# `n_missing` with the largest first."""
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = { survey = 'survey' }
# checks = [
#     'set(missing_report.index) == set(survey.columns)',
#     'missing_report["n_missing"].is_monotonic_decreasing',
#     'missing_report["n_missing"].sum() == survey.isna().to_numpy().sum()',
#     'np.allclose(missing_report["fraction"], missing_report["n_missing"] / len(survey))',
#     'all(missing_report.loc[c, "n_missing"] == survey[c].isna().sum() for c in survey.columns)',
# ]
# difficulty = 'intermediate'
# tags = ['missing-data', 'data-cleaning']
# [edge_cases]
# nan = true
# why = 'survey has missing values, so the generated frames carry them too'
# ///
import pandas as pd

missing_report = pd.DataFrame(
    # the mean of a boolean mask is the share of True values, i.e. the fraction missing
    {"n_missing": survey.isna().sum(), "fraction": survey.isna().mean()}
).sort_values("n_missing", ascending=False)
