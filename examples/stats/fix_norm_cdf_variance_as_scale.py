# /// example
# task = """
# Daily demand is normal with mean 120 units and variance 225. This code should store the \
# probability that demand exceeds 150 units in `p_stockout` and the 95th percentile of demand \
# in `safety_level`:
#
# ```python
# from scipy import stats
#
# mean, variance = 120, 225
# p_stockout = stats.norm.sf(150, loc=mean, scale=variance)
# safety_level = stats.norm.ppf(0.95, loc=mean, scale=variance)
# ```
#
# It runs, but the stock-out risk comes out near 45% and the 95th percentile at 490 units. \
# Fix it."""
# prompt = """
# Demand ~ Normal(mean 120, variance 225). I want P(demand > 150) as `p_stockout` and the 95th \
# percentile as `safety_level`:
#
# ```python
# from scipy import stats
#
# mean, variance = 120, 225
# p_stockout = stats.norm.sf(150, loc=mean, scale=variance)
# safety_level = stats.norm.ppf(0.95, loc=mean, scale=variance)
# ```
#
# A 490-unit 95th percentile is absurd for a mean of 120. What's off?"""
# task_type = 'fix'
# domain = 'statistics'
# libraries = ['scipy.stats', 'numpy']
# inputs = {}
# checks = [
#     # 150 is two standard deviations (15) above the mean
#     'np.isclose(p_stockout, scipy.stats.norm.sf(2.0))',
#     'np.isclose(safety_level, 120 + 15 * scipy.stats.norm.ppf(0.95))',
# ]
# difficulty = 'basic'
# tags = ['debugging', 'probability-distributions', 'applied-science']
# ///
import numpy as np
from scipy import stats

mean, variance = 120, 225
# scale is the standard deviation, the square root of the variance
demand = stats.norm(loc=mean, scale=np.sqrt(variance))
p_stockout = demand.sf(150)
safety_level = demand.ppf(0.95)
