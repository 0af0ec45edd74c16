# /// example
# task = """
# Two standardised test scores are bivariate normal with means 0, variances 1 and correlation \
# 0.6. Build the distribution as `scores` and store in `p_both_below` the probability that both \
# scores are below their means, and in `log_density` the log density at the point (1, -1).
#
# ```text
# mean = [0, 0]
# cov  = [[1.0, 0.6],
#         [0.6, 1.0]]
# ```
#
# Wanted:
#
# ```text
# p_both_below = 0.35242
# log_density = -4.1147
# ```"""
# prompt = """
# My two z-scores are jointly normal:
#
# ```text
# mean = [0, 0]
# cov  = [[1.0, 0.6],
#         [0.6, 1.0]]
# ```
#
# Keep the distribution in `scores`. What's the chance both are below average \
# (`p_both_below`), and the log-density at (1, -1) (`log_density`)? I expect
#
# ```text
# p_both_below = 0.35242
# log_density = -4.1147
# ```"""
# task_type = 'input-output'
# domain = 'statistics'
# libraries = ['scipy.stats', 'numpy']
# inputs = {}
# checks = [
#     'np.isclose(p_both_below, 0.35242, atol=5e-5)',
#     'np.isclose(log_density, -4.1147, atol=5e-5)',
#     'np.allclose(scores.cov, [[1.0, 0.6], [0.6, 1.0]])',
# ]
# difficulty = 'intermediate'
# tags = ['probability-distributions', 'correlation']
# ///
from scipy import stats

scores = stats.multivariate_normal(mean=[0.0, 0.0], cov=[[1.0, 0.6], [0.6, 1.0]])
# cdf at the mean point: P(X <= 0 and Y <= 0), integrated numerically by SciPy
p_both_below = scores.cdf([0.0, 0.0])
log_density = scores.logpdf([1.0, -1.0])
