# /// example
# task = """
# The long table `rm_long` has columns `subject`, `condition`, `time`, `score`. Index it by \
# (`subject`, `condition`, `time`), then reorder the index levels to (`condition`, `time`, \
# `subject`) and sort it, into `by_condition` (a DataFrame with the `score` column). Select all \
# rows of the `high` condition at time 1 into `high_t1` (indexed by subject alone)."""
# prompt = """
# My repeated-measures data `rm_long` (subject, condition, time, score) is indexed by subject \
# first, but I mostly slice by condition and time. Give me `by_condition`: the `score` column \
# indexed by (`condition`, `time`, `subject`) in that level order and sorted, and then the scores \
# of every subject under `high` at time 1 as `high_t1`, indexed by subject."""
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = { rm_long = 'rm_long' }
# checks = [
#     'list(by_condition.index.names) == ["condition", "time", "subject"] and by_condition.index.is_monotonic_increasing',
#     'list(by_condition.columns) == ["score"] and len(by_condition) == len(rm_long)',
#     'sorted(high_t1.index.tolist()) == sorted(rm_long.loc[(rm_long["condition"] == "high") & (rm_long["time"] == 1), "subject"].tolist())',
#     'np.allclose(np.sort(np.ravel(high_t1.to_numpy(dtype=float))), np.sort(rm_long.loc[(rm_long["condition"] == "high") & (rm_long["time"] == 1), "score"].to_numpy(dtype=float)), equal_nan=True)',
# ]
# difficulty = 'intermediate'
# tags = ['hierarchical-index', 'indexing']
# edge_cases = true
# ///
indexed = rm_long.set_index(["subject", "condition", "time"])[["score"]]
# reorder_levels permutes the levels; sort_index then groups rows by condition and time
by_condition = indexed.reorder_levels(["condition", "time", "subject"]).sort_index()
high_t1 = by_condition.loc[("high", 1)]
