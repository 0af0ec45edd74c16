# /// example
# task = """
# `annual_max` holds the largest river flow of each year. Fit a Gumbel (right-skewed extreme \
# value) distribution by maximum likelihood and store its location and scale in `loc` and \
# `scale`; then store the 100-year return level, the flow exceeded with probability 1/100 in \
# any year, in `level_100`."""
# prompt = """
# From my annual maximum flows `annual_max` I need the 100-year flood: fit a Gumbel \
# distribution (maximum likelihood; give `loc` and `scale`) and report the flow with a 1% \
# chance of being exceeded in a given year as `level_100`."""
# domain = 'statistics'
# libraries = ['scipy.stats', 'numpy']
# inputs = { annual_max = 'skewed' }
# checks = [
#     'scale > 0',
#     # the Gumbel upper tail: P(X > x) = 1 - exp(-exp(-(x - loc) / scale))
#     'np.isclose(level_100, loc - scale * np.log(-np.log(1 - 0.01)))',
#     # maximum likelihood: nudging the parameters does not raise the log-likelihood
#     'all(np.sum(scipy.stats.gumbel_r.logpdf(annual_max, loc + dl * scale, scale * ds)) <= np.sum(scipy.stats.gumbel_r.logpdf(annual_max, loc, scale)) + 1e-6 for dl, ds in [(0.02, 1), (-0.02, 1), (0, 1.02), (0, 0.98)])',
# ]
# difficulty = 'intermediate'
# tags = ['distribution-fitting', 'quantiles', 'applied-science']
# edge_cases = { min_size = 3, constant = false, why = "fitting a two-parameter distribution needs several differing maxima" }
# ///
from scipy import stats

loc, scale = stats.gumbel_r.fit(annual_max)
# isf(0.01) is the level exceeded with probability 0.01
level_100 = stats.gumbel_r.isf(0.01, loc=loc, scale=scale)
