# /// example
# task = """
# From `rm_long` (`subject`, `condition`, `time`, `score`), keep only the rows of the \
# (subject, condition) series whose score never decreases from one time point to the next \
# (time in increasing order), using a groupby filter. Store the kept rows, with their original \
# index and order, in `rising`."""
# prompt = """
# Which subjects improved steadily? From my `rm_long` table keep every row of a `subject` and \
# `condition` combination whose `score` never drops from one `time` to the next (ties are fine), \
# and drop whole combinations otherwise. Result in `rising`, rows and index as in the original."""
# domain = 'data_processing'
# libraries = ['pandas', 'numpy']
# inputs = { rm_long = 'rm_long' }
# checks = [
#     'rising.index.isin(rm_long.index).all() and list(rising.columns) == list(rm_long.columns) and len(rising) <= len(rm_long)',
#     '(lambda keep: len(rising) == sum(len(g) for key, g in rm_long.groupby(["subject", "condition"], observed=True) if keep(g)) and all(keep(g) for _, g in rising.groupby(["subject", "condition"], observed=True)))(lambda g: bool((np.diff(g.sort_values("time")["score"].to_numpy(dtype=float)) >= 0).all()))',
#     'list(rising.index) == sorted(rising.index) and np.allclose(rising["score"].to_numpy(dtype=float), rm_long.loc[rising.index, "score"].to_numpy(dtype=float))',
# ]
# difficulty = 'intermediate'
# tags = ['groupby', 'row-selection', 'lags']
# edge_cases = { index = false, why = "rows are matched back to the original by their index labels, which must be unique" }
# ///
# filter keeps or drops each group whole; within a group, sort by time before testing the order
rising = rm_long.groupby(["subject", "condition"], observed=True).filter(
    lambda series: series.sort_values("time")["score"].is_monotonic_increasing
)
