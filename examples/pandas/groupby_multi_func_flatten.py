# /// example
# task = """
# For each `treatment` in `trial`, compute the mean, standard deviation and count of both `dose` \
# and `response` with `agg(["mean", "std", "count"])`, then flatten the two-level column index \
# into names like `response_mean`; store the table in `stats_table`."""
# prompt = """
# For each `treatment` in `trial`, compute the mean, standard deviation and count of both `dose` \
# and `response`, then flatten the two-level column index into single names like `response_mean` \
# or `dose_count`; store the table in `stats_table`."""
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = { trial = 'trial' }
# checks = [
#     'set(stats_table.columns) == {f"{c}_{s}" for c in ("dose", "response") for s in ("mean", "std", "count")}',
#     'len(stats_table) == trial["treatment"].nunique()',
#     'stats_table["response_count"].sum() == trial["response"].notna().sum()',
#     'np.allclose(stats_table["dose_mean"], [trial.loc[trial["treatment"] == t, "dose"].mean() for t in stats_table.index])',
# ]
# difficulty = 'intermediate'
# tags = ['groupby', 'aggregation', 'hierarchical-index']
# edge_cases = true
# ///
stats_table = trial.groupby("treatment", observed=True)[["dose", "response"]].agg(
    ["mean", "std", "count"]
)
# the columns are (variable, statistic) tuples; joining them gives flat names like response_mean
stats_table.columns = stats_table.columns.map("_".join)
