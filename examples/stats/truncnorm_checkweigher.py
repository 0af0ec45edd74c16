# /// example
# task = """
# A filling machine's package weights are normal with mean 500 g and standard deviation 4 g, \
# and a checkweigher rejects every package outside 492 to 510 g. Store in `acceptance_rate` the \
# share of packages accepted, in `accepted` the frozen `scipy.stats.truncnorm` distribution of \
# accepted weights (in grams), in `mean_weight` their mean, in `p_over_505` the share of \
# accepted packages heavier than 505 g, and in `sample` 1000 simulated accepted weights drawn \
# with a seeded Generator."""
# prompt = """
# Our filler puts a normally distributed amount in each package, mean `500` g and standard \
# deviation `4` g, and the checkweigher throws out anything outside `492` to `510` g. What share \
# of packages gets accepted (`acceptance_rate`)? Model the accepted weights as a truncated normal \
# frozen in `accepted` (in grams), and give me their mean weight `mean_weight`, the share of \
# accepted packages over `505` g (`p_over_505`), and `1000` simulated accepted weights in \
# `sample`, drawn with a seeded Generator."""
# domain = 'statistics'
# libraries = ['scipy.stats', 'numpy']
# inputs = {}
# checks = [
#     'np.isclose(acceptance_rate, scipy.stats.norm.cdf(510, 500, 4) - scipy.stats.norm.cdf(492, 500, 4))',
#     'np.allclose(accepted.support(), (492, 510))',
#     # mean of a truncated normal: mu + sigma (phi(alpha) - phi(beta)) / (Phi(beta) - Phi(alpha))
#     '(lambda al, be: np.isclose(mean_weight, 500 + 4 * (scipy.stats.norm.pdf(al) - scipy.stats.norm.pdf(be)) / (scipy.stats.norm.cdf(be) - scipy.stats.norm.cdf(al))))((492 - 500) / 4, (510 - 500) / 4)',
#     'np.isclose(accepted.mean(), mean_weight)',
#     'np.isclose(p_over_505, (scipy.stats.norm.cdf(510, 500, 4) - scipy.stats.norm.cdf(505, 500, 4)) / (scipy.stats.norm.cdf(510, 500, 4) - scipy.stats.norm.cdf(492, 500, 4)))',
#     'len(sample) == 1000 and np.all((sample >= 492) & (sample <= 510))',
#     # the simulated mean within 5 standard errors of the exact one
#     'abs(np.mean(sample) - mean_weight) < 5 * accepted.std() / np.sqrt(1000)',
# ]
# difficulty = 'basic'
# tags = ['probability-distributions', 'applied-science']
# ///
import numpy as np
from scipy import stats

mu, sigma = 500.0, 4.0
low, high = 492.0, 510.0
acceptance_rate = stats.norm.cdf(high, mu, sigma) - stats.norm.cdf(low, mu, sigma)

# truncnorm's a and b are in standard deviations from loc, not in grams
a, b = (low - mu) / sigma, (high - mu) / sigma
accepted = stats.truncnorm(a, b, loc=mu, scale=sigma)
mean_weight = accepted.mean()
p_over_505 = accepted.sf(505)
sample = accepted.rvs(size=1000, random_state=np.random.default_rng(0))
