# /// example
# task = """
# In a cohort study 27 of 200 exposed workers and 45 of 210 unexposed workers developed the \
# condition. Compute the relative risk (exposed vs unexposed) with \
# `scipy.stats.contingency.relative_risk` and its 95% confidence interval; store them in `rr`, \
# `rr_low` and `rr_high`.
#
# ```text
#             cases  total
# exposed        27    200
# unexposed      45    210
# ```
#
# Wanted (rounded):
#
# ```text
# rr = 0.630, rr_low = 0.4073, rr_high = 0.9744
# ```"""
# prompt = """
# Cohort counts:
#
# ```text
#             cases  total
# exposed        27    200
# unexposed      45    210
# ```
#
# What's the relative risk of exposed vs unexposed (`rr`) with a 95% CI (`rr_low`, \
# `rr_high`)? I expect about
#
# ```text
# rr = 0.630, rr_low = 0.4073, rr_high = 0.9744
# ```"""
# task_type = 'input-output'
# domain = 'statistics'
# libraries = ['scipy.stats']
# inputs = {}
# checks = [
#     'np.isclose(rr, 0.630, atol=5e-4)',
#     'np.isclose(rr_low, 0.4073, atol=5e-5) and np.isclose(rr_high, 0.9744, atol=5e-5)',
# ]
# difficulty = 'basic'
# tags = ['effect-size', 'confidence-interval', 'contingency-table']
# ///
from scipy.stats.contingency import relative_risk

result = relative_risk(exposed_cases=27, exposed_total=200, control_cases=45, control_total=210)
rr = result.relative_risk
# the interval is computed on the log scale and transformed back
ci = result.confidence_interval(confidence_level=0.95)
rr_low, rr_high = ci.low, ci.high
