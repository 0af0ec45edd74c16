# /// example
# task = """
# Model the measurements `values` as normal with their sample mean and sample standard deviation \
# (ddof=1). This code should give the probability that a new measurement falls between 40 and 60 \
# in `p_between`:
#
# ```python
# import numpy as np
# from scipy import stats
#
# mean, sd = np.mean(values), np.std(values, ddof=1)
# p_between = stats.norm.pdf(60, loc=mean, scale=sd) - stats.norm.pdf(40, loc=mean, scale=sd)
# ```
#
# It runs, but `p_between` is a tiny number, sometimes negative. Fix it."""
# prompt = """
# I assume my `values` are normally distributed (mean and sample SD with ddof=1 from the data) and \
# want the chance that a new value lands between 40 and 60, in `p_between`:
#
# ```python
# import numpy as np
# from scipy import stats
#
# mean, sd = np.mean(values), np.std(values, ddof=1)
# p_between = stats.norm.pdf(60, loc=mean, scale=sd) - stats.norm.pdf(40, loc=mean, scale=sd)
# ```
#
# I get something like 0.002, which can't be right. What's wrong?"""
# task_type = 'fix'
# domain = 'statistics'
# libraries = ['scipy.stats', 'numpy']
# inputs = { values = 'values' }
# checks = [
#     '0 <= p_between <= 1',
#     # the normal probability of [40, 60] through the error function
#     'np.isclose(p_between, 0.5 * (math.erf((60 - np.mean(values)) / (np.std(values, ddof=1) * math.sqrt(2))) - math.erf((40 - np.mean(values)) / (np.std(values, ddof=1) * math.sqrt(2)))))',
# ]
# difficulty = 'intermediate'
# tags = ['debugging', 'probability-distributions']
# edge_cases = { min_size = 2, constant = false, why = "a normal model needs a sample standard deviation above zero" }
# ///
import numpy as np
from scipy import stats

mean, sd = np.mean(values), np.std(values, ddof=1)
# a probability over an interval is a difference of the CDF; the pdf is only a density
p_between = stats.norm.cdf(60, loc=mean, scale=sd) - stats.norm.cdf(40, loc=mean, scale=sd)
