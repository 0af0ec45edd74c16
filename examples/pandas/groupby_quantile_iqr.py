# /// example
# task = """
# Compute the 25th and 75th percentiles of the follow-up `time` per `group` of the survival table \
# `survival` with `groupby(...).quantile([0.25, 0.75])`, unstack them into columns, and add the \
# interquartile range as column `iqr`; store the table in `spread`."""
# prompt = """
# Per `group` of my survival table `survival`, compute the 25th and 75th percentiles of the \
# follow-up `time` (default linear interpolation) as two columns, and add the interquartile range \
# as a column `iqr`; store the table in `spread`."""
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = { survival = 'survival' }
# checks = [
#     'len(spread) == survival["group"].nunique()',
#     '(spread["iqr"] >= 0).all()',
#     'all(np.isclose(spread.loc[g, "iqr"], np.subtract(*np.nanpercentile(survival.loc[survival["group"] == g, "time"], [75, 25]))) for g in spread.index)',
# ]
# difficulty = 'intermediate'
# tags = ['groupby', 'quantiles', 'descriptive-statistics']
# edge_cases = true
# ///
# a list of quantiles adds them as an inner index level, which unstack turns into the columns
# 0.25 and 0.75
spread = survival.groupby("group", observed=True)["time"].quantile([0.25, 0.75]).unstack()
spread["iqr"] = spread[0.75] - spread[0.25]
