# /// example
# task = """
# Patients' ages are normal with mean 45 and standard deviation 12 years, but a trial enrols only \
# ages 18 to 65. With scipy's distribution infrastructure, build the age distribution of \
# enrolled patients as `scipy.stats.Normal` truncated to [18, 65] with `scipy.stats.truncate`, \
# and keep it in `enrolled`. Store their mean age in `mean_age`, the share of enrolled patients \
# older than 60 in `p_over_60`, and 500 simulated enrolled ages drawn with a seeded Generator in \
# `ages`."""
# prompt = """
# Ages in our patient population are normal with mean `45` and standard deviation `12` years, \
# and the trial only enrols people aged `18` to `65`. Using the new distribution objects in \
# scipy (a `Normal` that I truncate, not the old `truncnorm`), build the enrolled-age \
# distribution `enrolled`, then give me the mean enrolled age `mean_age`, the share of enrolled \
# patients over `60` (`p_over_60`), and `500` simulated enrolled ages in `ages` from a seeded \
# Generator."""
# domain = 'statistics'
# libraries = ['scipy.stats', 'numpy']
# inputs = {}
# checks = [
#     'np.allclose(enrolled.support(), (18, 65))',
#     # truncated normal mean: mu + sigma (phi(alpha) - phi(beta)) / (Phi(beta) - Phi(alpha))
#     '(lambda al, be: np.isclose(mean_age, 45 + 12 * (scipy.stats.norm.pdf(al) - scipy.stats.norm.pdf(be)) / (scipy.stats.norm.cdf(be) - scipy.stats.norm.cdf(al))))((18 - 45) / 12, (65 - 45) / 12)',
#     'np.isclose(p_over_60, (scipy.stats.norm.cdf(65, 45, 12) - scipy.stats.norm.cdf(60, 45, 12)) / (scipy.stats.norm.cdf(65, 45, 12) - scipy.stats.norm.cdf(18, 45, 12)))',
#     'np.shape(ages) == (500,) and np.all((ages >= 18) & (ages <= 65))',
#     # the simulated mean within 5 standard errors of the exact one
#     'abs(np.mean(ages) - mean_age) < 5 * enrolled.standard_deviation() / np.sqrt(500)',
# ]
# difficulty = 'basic'
# tags = ['probability-distributions']
# requires = { scipy = ">=1.15" }
# ///
import numpy as np
from scipy import stats

population = stats.Normal(mu=45, sigma=12)
# truncate takes the bounds in years, unlike truncnorm's standardised a and b
enrolled = stats.truncate(population, lb=18, ub=65)
mean_age = enrolled.mean()
p_over_60 = enrolled.ccdf(60)
ages = enrolled.sample(500, rng=np.random.default_rng(0))
