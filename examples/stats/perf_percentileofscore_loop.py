# /// example
# task = """
# This loop gives every value of `scores` its percentile rank within the sample, the \
# percentage of values less than or equal to it (`kind="weak"`), in the array `pct_rank`:
#
# ```python
# import numpy as np
# from scipy import stats
#
# pct_rank = np.array([stats.percentileofscore(scores, s, kind="weak") for s in scores])
# ```
#
# Replace the per-value calls with one vectorised computation giving the same `pct_rank`."""
# prompt = """
# For each of my `scores` I want the share (in %) of scores at or below it, in `pct_rank`. I \
# call percentileofscore once per value:
#
# ```python
# import numpy as np
# from scipy import stats
#
# pct_rank = np.array([stats.percentileofscore(scores, s, kind="weak") for s in scores])
# ```
#
# That's slow on big samples; is there a vectorised way?"""
# task_type = 'performance'
# domain = 'statistics'
# libraries = ['scipy.stats', 'numpy']
# inputs = { scores = 'groups.b' }
# checks = [
#     'np.shape(pct_rank) == np.shape(scores)',
#     'np.allclose(pct_rank, [100 * np.mean(scores <= s) for s in scores])',
# ]
# difficulty = 'intermediate'
# tags = ['vectorization', 'quantiles', 'ranking']
# edge_cases = true
# ///
from scipy import stats

# method="max" gives tied values the highest rank, i.e. the count of values <= each one
pct_rank = 100 * stats.rankdata(scores, method="max") / len(scores)
