# /// example
# task = """
# A histogram was reduced to three distinct values with their counts (below). Build a \
# Gaussian kernel density estimate of the underlying data with `scipy.stats.gaussian_kde`, \
# passing the counts as `weights` and a fixed bandwidth factor `bw_method=0.5`; keep it as \
# `kde` and store its density at 2.0 and 3.0 in `density`.
#
# ```text
# value   1.0  2.0  4.0
# count     5    3    2
# ```
#
# Wanted (rounded):
#
# ```text
# density = [0.27408, 0.11168]
# ```"""
# prompt = """
# I only have value counts, not the raw data:
#
# ```text
# value   1.0  2.0  4.0
# count     5    3    2
# ```
#
# Can I still get a KDE (`kde`) without expanding the data? Use the counts as weights and a \
# bandwidth factor of 0.5, and give me the density at 2.0 and 3.0 in `density`. I expect
#
# ```text
# density = [0.27408, 0.11168]
# ```"""
# task_type = 'input-output'
# domain = 'statistics'
# libraries = ['scipy.stats', 'numpy']
# inputs = {}
# checks = [
#     'np.allclose(density, [0.27408, 0.11168], atol=5e-6)',
#     'np.isclose(kde.integrate_box_1d(-np.inf, np.inf), 1.0)',
# ]
# difficulty = 'intermediate'
# tags = ['density-estimation', 'counting']
# ///
import numpy as np
from scipy import stats

values = np.array([1.0, 2.0, 4.0])
counts = np.array([5, 3, 2])
# weights count each value as often as it was observed; bw_method=0.5 scales the weighted SD
kde = stats.gaussian_kde(values, bw_method=0.5, weights=counts)
density = kde([2.0, 3.0])
