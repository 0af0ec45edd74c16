# /// example
# task = """
# For the 2 x 2 table below (rows: exposed, unexposed; columns: cases, controls) compute the \
# conditional maximum-likelihood odds ratio with `scipy.stats.contingency.odds_ratio` (its \
# default `kind="conditional"`) and its exact 95% confidence interval. Store the odds ratio in \
# `or_conditional`, the interval in `or_low`, `or_high`, and the plain sample odds ratio \
# (a d) / (b c) in `or_sample`.
#
# ```text
#            cases  controls
# exposed       27       173
# unexposed     45       165
# ```
#
# Wanted (rounded):
#
# ```text
# or_conditional = 0.5730, or_low = 0.3256, or_high = 0.9933, or_sample = 0.5723
# ```"""
# prompt = """
# Case-control counts:
#
# ```text
#            cases  controls
# exposed       27       173
# unexposed     45       165
# ```
#
# I'd like the conditional MLE odds ratio (the one Fisher's exact test is based on) with its \
# exact 95% interval, plus the simple cross-product odds ratio for comparison. Names: \
# `or_conditional`, `or_low`, `or_high`, `or_sample`. Expected:
#
# ```text
# or_conditional = 0.5730, or_low = 0.3256, or_high = 0.9933, or_sample = 0.5723
# ```"""
# task_type = 'input-output'
# domain = 'statistics'
# libraries = ['scipy.stats']
# inputs = {}
# checks = [
#     'np.isclose(or_conditional, 0.5730, atol=5e-5)',
#     'np.isclose(or_low, 0.3256, atol=5e-5) and np.isclose(or_high, 0.9933, atol=5e-5)',
#     'np.isclose(or_sample, 0.5723, atol=5e-5)',
# ]
# difficulty = 'intermediate'
# tags = ['effect-size', 'confidence-interval', 'contingency-table']
# ///
from scipy.stats.contingency import odds_ratio

table = [[27, 173], [45, 165]]
# kind="conditional" conditions on the margins, like Fisher's exact test
conditional = odds_ratio(table, kind="conditional")
or_conditional = conditional.statistic
ci = conditional.confidence_interval(confidence_level=0.95)
or_low, or_high = ci.low, ci.high
or_sample = odds_ratio(table, kind="sample").statistic
