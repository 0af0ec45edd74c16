# /// example
# task = """
# Calls arrive at a rate of 0.5 per minute, so the waiting time to the next call is exponential. \
# This code should store the probability of waiting more than 3 minutes in `p_wait_over_3` and \
# the median waiting time in `median_wait`:
#
# ```python
# from scipy import stats
#
# rate = 0.5
# p_wait_over_3 = stats.expon.sf(3, scale=rate)
# median_wait = stats.expon.median(scale=rate)
# ```
#
# It runs, but the probability is tiny (0.25%) and the median only 0.35 minutes. Fix it."""
# prompt = """
# Calls arrive at 0.5 per minute on average (exponential waiting times). What's the chance of \
# waiting over 3 minutes (`p_wait_over_3`) and the median wait (`median_wait`)? My code gives \
# nonsense:
#
# ```python
# from scipy import stats
#
# rate = 0.5
# p_wait_over_3 = stats.expon.sf(3, scale=rate)
# median_wait = stats.expon.median(scale=rate)
# ```
#
# A 0.35-minute median can't be right with one call every 2 minutes."""
# task_type = 'fix'
# domain = 'statistics'
# libraries = ['scipy.stats']
# inputs = {}
# checks = [
#     'np.isclose(p_wait_over_3, np.exp(-0.5 * 3))',
#     'np.isclose(median_wait, np.log(2) / 0.5)',
# ]
# difficulty = 'basic'
# tags = ['debugging', 'probability-distributions', 'applied-science']
# ///
from scipy import stats

rate = 0.5
# SciPy's exponential takes the mean waiting time as scale, which is 1 / rate
waiting = stats.expon(scale=1 / rate)
p_wait_over_3 = waiting.sf(3)
median_wait = waiting.median()
