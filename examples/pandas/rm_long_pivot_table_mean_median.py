# /// example
# task = """
# Summarise `score` of `rm_long` by `time` (rows) and `condition` (columns) with both the mean \
# and the median in one pivot table, listing only the condition levels that occur. Store the \
# table in `summary`; its columns are two-level: the statistic ("mean" or "median") first, then \
# the condition."""
# prompt = """
# I want one table `summary` from `rm_long` with `time` as rows and, for every `condition` that \
# occurs, the mean and the median `score`: two column levels, statistic ("mean", "median") on \
# top and condition below."""
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = { rm_long = 'rm_long' }
# checks = [
#     'sorted(summary.index) == sorted(rm_long["time"].unique()) and summary.columns.nlevels == 2 and sorted({str(stat) for stat, _ in summary.columns}) == ["mean", "median"]',
#     'sorted(str(c) for stat, c in summary.columns if stat == "mean") == sorted(str(c) for c in rm_long["condition"].unique())',
#     '(lambda t_arr, c_arr, y: all(np.isclose(summary.loc[t, ("mean", c)], y[(t_arr == t) & (c_arr == c)].mean()) and np.isclose(summary.loc[t, ("median", c)], np.median(y[(t_arr == t) & (c_arr == c)])) for t in summary.index for c in set(c_arr)))(rm_long["time"].to_numpy(), rm_long["condition"].astype(str).to_numpy(), rm_long["score"].to_numpy(dtype=float))',
# ]
# difficulty = 'intermediate'
# tags = ['reshaping', 'aggregation', 'hierarchical-index']
# edge_cases = true
# ///
# a list of aggfuncs gives one top-level column block per statistic;
# observed=True leaves out condition levels that never occur
summary = rm_long.pivot_table(
    index="time", columns="condition", values="score", aggfunc=["mean", "median"], observed=True
)
