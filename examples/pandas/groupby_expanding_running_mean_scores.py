# /// example
# task = """
# In the long table `rm_long` (`subject`, `condition`, `time`, `score`), add a column \
# `running_mean`: for each subject under each condition, the mean of its scores up to and \
# including that time point (times in increasing order). Store the table in `scored`, with the \
# rows in the same order as `rm_long`."""
# prompt = """
# For every subject and condition in `rm_long` I want the running average of `score` over the \
# time points so far (time 1, then 1-2, then 1-3, ...), as a new column `running_mean`. Give me \
# the table back as `scored`, rows in the original order."""
# domain = 'data_processing'
# libraries = ['pandas', 'numpy']
# inputs = { rm_long = 'rm_long' }
# checks = [
#     'len(scored) == len(rm_long) and np.allclose(scored["score"].to_numpy(dtype=float), rm_long["score"].to_numpy(dtype=float)) and (scored["time"].to_numpy() == rm_long["time"].to_numpy()).all()',
#     'all(np.allclose(g.sort_values("time")["running_mean"].to_numpy(dtype=float), g.sort_values("time")["score"].cumsum().to_numpy() / np.arange(1, len(g) + 1)) for _, g in scored.groupby(["subject", "condition"], observed=True))',
# ]
# difficulty = 'intermediate'
# tags = ['groupby', 'rolling-window']
# edge_cases = true
# ///
scored = rm_long.reset_index(drop=True)
ordered = scored.sort_values("time", kind="stable")
running = ordered.groupby(["subject", "condition"], observed=True)["score"].expanding().mean()
# the result is indexed by (subject, condition, row); drop the group levels to align by row
scored["running_mean"] = running.droplevel(["subject", "condition"])
