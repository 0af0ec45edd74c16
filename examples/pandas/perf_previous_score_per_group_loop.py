# /// example
# task = """
# In `rm_long` (`subject`, `condition`, `time`, `score`), this loop stores in `prev_score` the \
# score of the previous row of the same subject and condition (NaN for the first one), in row \
# order:
#
# ```python
# import numpy as np
#
# last = {}
# prev_score = np.full(len(rm_long), np.nan)
# for i, (subject, condition, score) in enumerate(
#     zip(rm_long["subject"], rm_long["condition"], rm_long["score"])
# ):
#     if (subject, condition) in last:
#         prev_score[i] = last[(subject, condition)]
#     last[(subject, condition)] = score
# ```
#
# Compute the same `prev_score` without the loop."""
# prompt = """
# For each row of `rm_long` I look up the `score` of the previous row with the same `subject` \
# and `condition` (NaN if there is none) and collect it in `prev_score`:
#
# ```python
# import numpy as np
#
# last = {}
# prev_score = np.full(len(rm_long), np.nan)
# for i, (subject, condition, score) in enumerate(
#     zip(rm_long["subject"], rm_long["condition"], rm_long["score"])
# ):
#     if (subject, condition) in last:
#         prev_score[i] = last[(subject, condition)]
#     last[(subject, condition)] = score
# ```
#
# How do I do this without iterating over the rows?"""
# task_type = 'performance'
# domain = 'data_processing'
# libraries = ['pandas', 'numpy']
# inputs = { rm_long = 'rm_long' }
# checks = [
#     'len(prev_score) == len(rm_long)',
#     'all(np.allclose(np.asarray(prev_score, dtype=float)[mask], np.r_[np.nan, rm_long["score"].to_numpy(dtype=float)[mask][:-1]], equal_nan=True) for mask in [((rm_long["subject"] == subject) & (rm_long["condition"] == condition)).to_numpy(dtype=bool) for subject, condition in set(zip(rm_long["subject"], rm_long["condition"]))])',
# ]
# difficulty = 'basic'
# tags = ['vectorization', 'groupby', 'lags']
# edge_cases = true
# ///
# shift within each (subject, condition) group moves every score one row down in that group
prev_score = rm_long.groupby(["subject", "condition"], observed=True)["score"].shift().to_numpy()
