# /// example
# task = """
# Summarise `survey` with `describe`, adding the 5th and 95th percentiles to the default ones; \
# store the table in `summary`."""
# prompt = """
# Summarise `survey` like describe() does, but include the 5th and 95th percentiles in addition \
# to the default ones (so the rows include "5%", "50%" and "95%"); store the table in `summary`."""
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = { survey = 'survey' }
# checks = [
#     '{"5%", "50%", "95%"} <= set(summary.index)',
#     '(summary.loc["count"] == survey.notna().sum()).all()',
#     'np.allclose(summary.loc["95%"], survey.quantile(0.95), equal_nan=True)',
# ]
# difficulty = 'basic'
# tags = ['descriptive-statistics', 'quantiles']
# [edge_cases]
# nan = true
# why = 'survey has missing values, so the generated frames carry them too'
# ///
# passing percentiles replaces the default quartiles, so they are listed again; the median too,
# as newer pandas no longer adds it by itself
summary = survey.describe(percentiles=[0.05, 0.25, 0.5, 0.75, 0.95])
