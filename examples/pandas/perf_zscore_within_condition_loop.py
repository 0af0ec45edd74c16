# /// example
# task = """
# This code standardises each `score` of the long-format table `rm_long` within its `condition` \
# (minus the condition's mean, divided by the condition's sample standard deviation, ddof=1) into \
# the array `z`, in row order:
#
# ```python
# import numpy as np
#
# z = np.empty(len(rm_long))
# for i, (label, score) in enumerate(zip(rm_long["condition"], rm_long["score"])):
#     same = rm_long["score"][rm_long["condition"] == label]
#     z[i] = (score - same.mean()) / same.std(ddof=1)
# ```
#
# Every row rescans the whole table, so the time grows with the square of its length. Compute the \
# same `z` in one pass over the groups (NaN where a condition has a single row or no spread)."""
# prompt = """
# In my repeated-measures table `rm_long` I z-score each `score` within its `condition` (the \
# condition's mean and sample SD, ddof=1), into an array `z` in the table's row order:
#
# ```python
# import numpy as np
#
# z = np.empty(len(rm_long))
# for i, (label, score) in enumerate(zip(rm_long["condition"], rm_long["score"])):
#     same = rm_long["score"][rm_long["condition"] == label]
#     z[i] = (score - same.mean()) / same.std(ddof=1)
# ```
#
# It's fine on a pilot but hopeless on the full study. How can I do it without the loop? A \
# condition with one row or identical scores can give NaN."""
# task_type = 'performance'
# domain = 'data_processing'
# libraries = ['pandas', 'numpy']
# inputs = { rm_long = 'rm_long' }
# checks = [
#     'len(z) == len(rm_long)',
#     '''np.allclose(np.asarray(z, dtype=float), [(s - rm_long.loc[rm_long["condition"] == c, "score"].mean()) / rm_long.loc[rm_long["condition"] == c, "score"].std(ddof=1) if rm_long.loc[rm_long["condition"] == c, "score"].std(ddof=1) > 0 else np.nan for c, s in zip(rm_long["condition"], rm_long["score"])], equal_nan=True)''',
# ]
# difficulty = 'intermediate'
# tags = ['vectorization', 'groupby', 'standardization']
# edge_cases = true
# ///
# transform broadcasts each condition's mean and SD back onto its rows, in the table's order
by_condition = rm_long.groupby("condition", observed=True)["score"]
spread = by_condition.transform("std")
centred = rm_long["score"] - by_condition.transform("mean")
z = (centred / spread.where(spread > 0)).to_numpy(dtype=float)
