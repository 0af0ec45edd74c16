# /// example
# task = """
# Cycle times are a mixture: 70% of jobs follow Normal(mean 10, sd 1) minutes and 30% follow \
# Normal(14, 2). Build the mixture with SciPy's distribution classes (`stats.Mixture` of two \
# `stats.Normal`) as `cycle`, and store its mean in `mean_time`, its standard deviation in \
# `sd_time`, the probability a job takes over 13 minutes in `p_over_13` and the median in \
# `median_time`."""
# prompt = """
# Our job cycle times look like two populations: 70% Normal(10, 1) minutes and 30% \
# Normal(14, 2). Using the new SciPy distribution infrastructure, make the mixture `cycle` and \
# tell me its mean (`mean_time`), standard deviation (`sd_time`), the chance a job exceeds 13 \
# minutes (`p_over_13`) and the median time (`median_time`)."""
# domain = 'statistics'
# libraries = ['scipy.stats', 'numpy']
# inputs = {}
# checks = [
#     'np.isclose(mean_time, 0.7 * 10 + 0.3 * 14)',
#     # law of total variance: within-component plus between-component
#     'np.isclose(sd_time, np.sqrt(0.7 * 1 + 0.3 * 4 + 0.7 * (10 - 11.2) ** 2 + 0.3 * (14 - 11.2) ** 2))',
#     'np.isclose(p_over_13, 0.7 * scipy.stats.norm.sf(13, 10, 1) + 0.3 * scipy.stats.norm.sf(13, 14, 2))',
#     'np.isclose(0.7 * scipy.stats.norm.cdf(median_time, 10, 1) + 0.3 * scipy.stats.norm.cdf(median_time, 14, 2), 0.5, atol=1e-8)',
# ]
# difficulty = 'intermediate'
# tags = ['probability-distributions', 'applied-science']
# requires = { scipy = ">=1.15" }
# ///
from scipy import stats

fast = stats.Normal(mu=10, sigma=1)
slow = stats.Normal(mu=14, sigma=2)
# the weights are the components' shares and must sum to 1
cycle = stats.Mixture([fast, slow], weights=[0.7, 0.3])
mean_time = cycle.mean()
sd_time = cycle.standard_deviation()
p_over_13 = cycle.ccdf(13)
median_time = cycle.median()
