# /// example
# task = """
# Build the distances (km) and delivery times (minutes) below as the arrays `distance_km` and \
# `minutes`, and compute the mean delivery time within the distance bins [0, 2), [2, 4), [4, 6), \
# [6, 8) and [8, 10] with SciPy (a distance on an inner edge belongs to the bin it opens). Store \
# the bin means in `bin_means` (NaN for a bin with no deliveries) and, for each delivery, the \
# 1-based number of its bin in `bin_index`.
#
# ```text
# distance_km = [0.5, 1.2, 2.0, 3.1, 3.9, 7.5, 10.0]
# minutes     = [10,  12,  20,  22,  24,  40,  44  ]
# ```
#
# Wanted:
#
# ```text
# bin_means = [11.0, 22.0, nan, 40.0, 44.0]
# bin_index = [1, 1, 2, 2, 2, 4, 5]
# ```"""
# prompt = """
# I want the average delivery time (`minutes`) per 2 km distance band of `distance_km`, bands \
# 0-2, 2-4, 4-6, 6-8, 8-10 (a band includes its lower edge, and the last one 10 km too), as \
# `bin_means`, and which band each delivery fell in (`bin_index`, numbered from 1):
#
# ```text
# distance_km = [0.5, 1.2, 2.0, 3.1, 3.9, 7.5, 10.0]
# minutes     = [10,  12,  20,  22,  24,  40,  44  ]
# ```
#
# Empty bands should show NaN, like this:
#
# ```text
# bin_means = [11.0, 22.0, nan, 40.0, 44.0]
# bin_index = [1, 1, 2, 2, 2, 4, 5]
# ```"""
# task_type = 'input-output'
# domain = 'statistics'
# libraries = ['scipy.stats', 'numpy']
# inputs = {}
# checks = [
#     'np.allclose(bin_means, [11.0, 22.0, np.nan, 40.0, 44.0], equal_nan=True)',
#     'np.array_equal(bin_index, [1, 1, 2, 2, 2, 4, 5])',
#     # each bin mean is the plain mean of the times whose distance falls in it; 2.0 km opens [2, 4)
#     'np.isclose(np.asarray(bin_means)[1], np.mean(np.asarray(minutes)[(np.asarray(distance_km) >= 2) & (np.asarray(distance_km) < 4)]))',
#     'np.allclose(distance_km, [0.5, 1.2, 2.0, 3.1, 3.9, 7.5, 10.0]) and list(minutes) == [10, 12, 20, 22, 24, 40, 44]',
# ]
# difficulty = 'advanced'
# tags = ['binning', 'descriptive-statistics', 'aggregation']
# ///
import numpy as np
from scipy import stats

distance_km = np.array([0.5, 1.2, 2.0, 3.1, 3.9, 7.5, 10.0])
minutes = np.array([10, 12, 20, 22, 24, 40, 44])

# explicit edges: the last bin [8, 10] includes its right edge, the others are half-open
result = stats.binned_statistic(distance_km, minutes, statistic="mean", bins=[0, 2, 4, 6, 8, 10])
bin_means = result.statistic
bin_index = result.binnumber
