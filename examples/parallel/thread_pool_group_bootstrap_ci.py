# /// example
# task = """
# Compute a 95% bootstrap confidence interval of the mean of each of the three samples `a`, `b` \
# and `c` with `scipy.stats.bootstrap` (999 resamples, percentile method, \
# `np.random.default_rng(0)` for every sample), one task per sample submitted to a \
# `ThreadPoolExecutor` and collected with `as_completed` as they finish; store the intervals in the \
# dict `intervals` mapping `'a'`, `'b'`, `'c'` to `(low, high)` tuples."""
# prompt = """
# I have three samples `a`, `b` and `c` and want a 95% percentile bootstrap CI of the mean for \
# each, from scipy's bootstrap with 999 resamples and `np.random.default_rng(0)` as the generator of \
# each one. Submit one task per sample to a thread pool and collect the results as they complete \
# (`as_completed`) into a dict `intervals` with keys `'a'`, `'b'`, `'c'` and `(low, high)` tuples."""
# domain = 'statistics'
# libraries = ['scipy.stats', 'numpy']
# inputs = { a = 'groups.a', b = 'groups.b', c = 'groups.c' }
# checks = [
#     "sorted(intervals) == ['a', 'b', 'c']",
#     '''all(
#         np.allclose(intervals[name], tuple(scipy.stats.bootstrap((sample,), np.mean, n_resamples=999, method="percentile", rng=np.random.default_rng(0)).confidence_interval), equal_nan=True)
#         for name, sample in [("a", a), ("b", b), ("c", c)]
#     )''',
#     'all(low <= high for low, high in intervals.values())',
# ]
# difficulty = 'intermediate'
# tags = ['parallelism', 'bootstrap', 'confidence-interval']
# # rng= replaced random_state= in SciPy 1.15
# requires = { scipy = ">=1.15" }
# [edge_cases]
# min_size = 2
# constant = false
# why = 'a bootstrap interval of the mean needs two or more values that vary'
# ///
from concurrent.futures import ThreadPoolExecutor, as_completed

import numpy as np
from scipy import stats


def mean_interval(sample):
    result = stats.bootstrap(
        (sample,),
        np.mean,
        n_resamples=999,
        method="percentile",
        rng=np.random.default_rng(0),  # the same seeded generator for every sample
    )
    return tuple(result.confidence_interval)


samples = {"a": a, "b": b, "c": c}
intervals = {}
with ThreadPoolExecutor(max_workers=2) as executor:
    # map each future back to its sample's name: as_completed yields them in finishing order
    futures = {executor.submit(mean_interval, sample): name for name, sample in samples.items()}
    for future in as_completed(futures):
        intervals[futures[future]] = future.result()
