# /// example
# task = """
# Claim sizes follow a lognormal distribution with median 100 and log-scale standard deviation \
# 0.25 (`s = 0.25`, `scale = 100`). A reinsurer pays the part of each claim above 110. Store \
# the expected payout per claim E[max(X - 110, 0)] in `expected_payout`, computed with the \
# distribution's `expect` method, and the probability that a claim triggers a payout in \
# `p_payout`."""
# prompt = """
# Claims are lognormal with median 100 and sigma 0.25 on the log scale. The reinsurance layer \
# pays everything above 110 per claim. I need the expected payout per claim, \
# E[max(X - 110, 0)], in `expected_payout`, and the chance a claim exceeds 110 in `p_payout`."""
# domain = 'statistics'
# libraries = ['scipy.stats', 'numpy']
# inputs = {}
# checks = [
#     # closed form: e^(mu + s^2/2) Phi(d1) - K Phi(d2), d1 = (mu + s^2 - ln K) / s, d2 = d1 - s
#     'np.isclose(expected_payout, np.exp(np.log(100) + 0.25**2 / 2) * scipy.stats.norm.cdf((np.log(100) + 0.25**2 - np.log(110)) / 0.25) - 110 * scipy.stats.norm.cdf((np.log(100) - np.log(110)) / 0.25), rtol=1e-6)',
#     'np.isclose(p_payout, scipy.stats.norm.sf((np.log(110) - np.log(100)) / 0.25))',
# ]
# difficulty = 'intermediate'
# tags = ['probability-distributions', 'applied-science']
# ///
from scipy import stats

claims = stats.lognorm(s=0.25, scale=100)
# lb=110: the payout x - 110 is only integrated over claims above the retention
expected_payout = claims.expect(lambda x: x - 110, lb=110)
p_payout = claims.sf(110)
