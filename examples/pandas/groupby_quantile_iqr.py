# /// example
# task = """
# Compute the 25th and 75th percentiles of `response` per `site` of `trial` with \
# `groupby(...).quantile([0.25, 0.75])`, unstack them into columns, and add the interquartile \
# range as column `iqr`; store the table in `spread`."""
# prompt = """
# Per `site` of `trial`, compute the 25th and 75th percentiles of `response` (default linear \
# interpolation) as two columns, and add the interquartile range as a column `iqr`; store the \
# table in `spread`."""
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = { trial = 'trial' }
# checks = [
#     'len(spread) == trial["site"].nunique()',
#     '(spread["iqr"] >= 0).all()',
#     'all(np.isclose(spread.loc[s, "iqr"], np.subtract(*np.nanpercentile(trial.loc[trial["site"] == s, "response"], [75, 25]))) for s in spread.index)',
# ]
# difficulty = 'intermediate'
# tags = ['groupby', 'quantiles', 'descriptive-statistics']
# edge_cases = true
# ///
spread = trial.groupby("site", observed=True)["response"].quantile([0.25, 0.75]).unstack()
spread["iqr"] = spread[0.75] - spread[0.25]
