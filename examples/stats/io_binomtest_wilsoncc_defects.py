# /// example
# task = """
# An inspection found 7 defective parts in a sample of 50. Test whether the defect rate \
# differs from the supplier's promised 5% with an exact binomial test, and give a 95% \
# confidence interval for the defect rate by the Wilson score method with continuity \
# correction (`method="wilsoncc"`). Store the p-value in `p_value` and the interval as \
# `ci_low`, `ci_high`.
#
# ```text
# defective = 7, inspected = 50, promised rate = 0.05
# ```
#
# Wanted (rounded):
#
# ```text
# p_value = 0.01179, ci_low = 0.0628, ci_high = 0.2736
# ```"""
# prompt = """
# We inspected 50 parts and 7 were defective; the supplier promised 5%.
#
# ```text
# defective = 7, inspected = 50, promised rate = 0.05
# ```
#
# Exact binomial test (two-sided) p-value in `p_value`, and a 95% interval for the true rate \
# from the continuity-corrected Wilson method in `ci_low` and `ci_high`. I expect roughly
#
# ```text
# p_value = 0.01179, ci_low = 0.0628, ci_high = 0.2736
# ```"""
# task_type = 'input-output'
# domain = 'statistics'
# libraries = ['scipy.stats']
# inputs = {}
# checks = [
#     'np.isclose(p_value, 0.01179, atol=5e-6)',
#     'np.isclose(ci_low, 0.0628, atol=5e-5) and np.isclose(ci_high, 0.2736, atol=5e-5)',
# ]
# difficulty = 'intermediate'
# tags = ['hypothesis-test', 'confidence-interval', 'counting']
# ///
from scipy import stats

result = stats.binomtest(7, n=50, p=0.05)
# wilsoncc: the Wilson score interval with a continuity correction, a little wider than "wilson"
ci = result.proportion_ci(confidence_level=0.95, method="wilsoncc")
p_value = result.pvalue
ci_low, ci_high = ci.low, ci.high
