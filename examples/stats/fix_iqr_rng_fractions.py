# /// example
# task = """
# `durations` are call durations. This code should store their interdecile range (the 90th \
# percentile minus the 10th percentile, NumPy's default linear interpolation) in `spread` and \
# the median in `centre`:
#
# ```python
# import numpy as np
# from scipy import stats
#
# centre = np.median(durations)
# spread = stats.iqr(durations, rng=(0.1, 0.9))
# ```
#
# It runs, but `spread` is far smaller than the visible spread of the calls. Fix it."""
# prompt = """
# I want a robust spread of my call `durations`: the range between the 10th and 90th \
# percentiles, in `spread`, plus the median in `centre`. I wrote
#
# ```python
# import numpy as np
# from scipy import stats
#
# centre = np.median(durations)
# spread = stats.iqr(durations, rng=(0.1, 0.9))
# ```
#
# and the spread comes out tiny. What's wrong?"""
# task_type = 'fix'
# domain = 'statistics'
# libraries = ['scipy.stats', 'numpy']
# inputs = { durations = 'skewed' }
# checks = [
#     'np.isclose(spread, np.percentile(durations, 90) - np.percentile(durations, 10))',
#     'np.isclose(centre, np.median(durations))',
# ]
# difficulty = 'intermediate'
# tags = ['debugging', 'descriptive-statistics', 'quantiles', 'robust-statistics']
# edge_cases = true
# ///
import numpy as np
from scipy import stats

centre = np.median(durations)
# rng takes percentiles on a 0-100 scale, not fractions: (0.1, 0.9) meant the 0.1th to 0.9th percentile
spread = stats.iqr(durations, rng=(10, 90))
