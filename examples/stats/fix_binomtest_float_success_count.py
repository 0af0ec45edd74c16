# /// example
# task = """
# A landing page converted 14% of its 250 visitors (the report only gives the rate). This code \
# should test whether the conversion rate differs from the 10% benchmark with an exact binomial \
# test and store the p-value in `p_value`, but it raises an error:
#
# ```python
# from scipy import stats
#
# visitors = 250
# conversions = 0.14 * visitors
# p_value = stats.binomtest(conversions, visitors, p=0.10).pvalue
# ```
#
# ```text
# TypeError: k must be an integer.
# ```
#
# Fix it; also store the number of conversions, 35, as an integer in `conversions`."""
# prompt = """
# Our report says the page converted 14% of 250 visitors. I wanted an exact binomial test against \
# a 10% benchmark (`p_value`):
#
# ```python
# from scipy import stats
#
# visitors = 250
# conversions = 0.14 * visitors
# p_value = stats.binomtest(conversions, visitors, p=0.10).pvalue
# ```
#
# ```text
# TypeError: k must be an integer.
# ```
#
# 0.14 * 250 is 35, isn't it? Please keep the count in `conversions`."""
# task_type = 'fix'
# domain = 'statistics'
# libraries = ['scipy.stats']
# inputs = {}
# checks = [
#     'isinstance(conversions, (int, np.integer)) and conversions == 35',
#     'np.isclose(p_value, scipy.stats.binomtest(35, 250, 0.10).pvalue)',
#     'p_value < 0.1',
# ]
# difficulty = 'basic'
# tags = ['debugging', 'hypothesis-test', 'counting']
# ///
from scipy import stats

visitors = 250
# binomtest counts successes, so k must be an int; 0.14 * 250 is the float 35.0: round it
conversions = round(0.14 * visitors)
p_value = stats.binomtest(conversions, visitors, p=0.10).pvalue
