# /// example
# task = """
# The response times `times` have a long right tail of slow responses. Remove the slowest 10% \
# only (one-sided trimming of the right tail with `scipy.stats.trim1`), store the kept values \
# in `kept` and their mean in `trimmed_mean`."""
# prompt = """
# My `times` have a few very slow responses (long right tail). I'd like to drop only the \
# slowest 10%, nothing from the fast end, keep the rest as `kept` and report its mean as \
# `trimmed_mean`."""
# domain = 'statistics'
# libraries = ['scipy.stats', 'numpy']
# inputs = { times = 'skewed' }
# checks = [
#     # trim1 removes int(0.1 * n) values from the right end of the sorted data
#     'np.allclose(np.sort(kept), np.sort(times)[: len(times) - int(0.1 * len(times))])',
#     'np.isclose(trimmed_mean, np.mean(np.sort(times)[: len(times) - int(0.1 * len(times))]))',
# ]
# difficulty = 'basic'
# tags = ['robust-statistics', 'outliers', 'descriptive-statistics']
# edge_cases = true
# ///
import numpy as np
from scipy import stats

# tail="right" cuts only the largest values
kept = stats.trim1(times, proportiontocut=0.1, tail="right")
trimmed_mean = np.mean(kept)
