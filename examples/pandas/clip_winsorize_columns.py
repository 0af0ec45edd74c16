# /// example
# task = """
# Winsorise every column of `survey` at its own 5th and 95th percentiles with `DataFrame.clip` \
# (per-column bounds aligned with `axis=1`); store the result in `winsorized`. Missing values \
# stay missing."""
# prompt = """
# Winsorise every column of `survey` at that column's own 5th and 95th percentiles, clipping each \
# column to its own bounds rather than dropping anything, and store the result in `winsorized`. \
# Missing values should stay missing."""
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = { survey = 'survey' }
# checks = [
#     # where a percentile is undefined (NaN: a column without values), clip has no bound
#     '(winsorized.min() >= survey.quantile(0.05) - 1e-9)[survey.quantile(0.05).notna()].all()',
#     '(winsorized.max() <= survey.quantile(0.95) + 1e-9)[survey.quantile(0.95).notna()].all()',
#     'winsorized.isna().equals(survey.isna())',
#     'winsorized.shape == survey.shape',
#     # each value clipped to its own column's 5th/95th percentiles (bounds alone allow narrower ones)
#     'all(np.allclose(winsorized[c].to_numpy(dtype=float), survey[c].clip(survey[c].quantile(0.05), survey[c].quantile(0.95)).to_numpy(dtype=float), equal_nan=True) for c in survey.columns)',
# ]
# difficulty = 'intermediate'
# tags = ['data-cleaning', 'outliers', 'robust-statistics']
# [edge_cases]
# nan = true
# why = 'survey has missing values, so the generated frames carry them too'
# ///
lower = survey.quantile(0.05)
upper = survey.quantile(0.95)
# the bounds are Series indexed by column name; axis=1 matches them to the columns, not the rows
winsorized = survey.clip(lower=lower, upper=upper, axis=1)
