# /// example
# task = """
# Summarise the daily counts `counts` with a cumulative frequency table over 5 equal bins \
# spanning 0 to 10 (`scipy.stats.cumfreq` with `defaultreallimits=(0, 10)`): store the \
# cumulative counts in `cum_counts`, the cumulative shares (cumulative counts divided by the \
# number of observations) in `cum_share` and the bin upper edges in `upper_edges`."""
# prompt = """
# For my daily `counts` I'd like a cumulative frequency table with five 2-unit bins from 0 to \
# 10: the running totals (`cum_counts`), the running shares of all days (`cum_share`) and each \
# bin's upper edge (`upper_edges`: 2, 4, 6, 8, 10)."""
# domain = 'statistics'
# libraries = ['scipy.stats', 'numpy']
# inputs = { counts = 'event_counts' }
# checks = [
#     'np.allclose(upper_edges, [2, 4, 6, 8, 10])',
#     # np.histogram also closes the last bin on the right, as cumfreq does
#     'np.allclose(cum_counts, np.cumsum(np.histogram(counts, bins=[0, 2, 4, 6, 8, 10])[0]))',
#     'np.allclose(cum_share, cum_counts / len(counts))',
# ]
# difficulty = 'basic'
# tags = ['counting', 'binning', 'descriptive-statistics']
# edge_cases = true
# ///
import numpy as np
from scipy import stats

# fixed limits make every sample share the same bins; values outside 0-10 are left out
result = stats.cumfreq(counts, numbins=5, defaultreallimits=(0, 10))
cum_counts = result.cumcount
cum_share = cum_counts / len(counts)
upper_edges = result.lowerlimit + result.binsize * np.arange(1, 6)
