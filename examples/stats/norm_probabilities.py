# /// example
# task = """
# Use the frozen normal distribution `dist` = N(100, 15^2) (an IQ-like score) to compute the \
# probability of a score above 130 (`p_above_130`), the probability of a score between 85 and 115 \
# (`p_within_1sd`), the score exceeded by only 5% of people (`top5_cutoff`) and the quartiles \
# (`quartiles`)."""
# prompt = """
# IQ-like scores follow N(100, 15^2); set that up as a frozen normal distribution `dist`. What's \
# the probability of scoring above 130 (`p_above_130`), of scoring between 85 and 115 \
# (`p_within_1sd`), the score only the top 5% exceed (`top5_cutoff`), and the three quartiles \
# (`quartiles`)?"""
# domain = 'statistics'
# libraries = ['scipy.stats']
# inputs = {}
# checks = [
#     'np.isclose(p_above_130, 1 - dist.cdf(130))',
#     'np.isclose(p_within_1sd, math.erf(1 / math.sqrt(2)))',
#     'np.isclose(dist.cdf(top5_cutoff), 0.95)',
#     'np.allclose(dist.cdf(quartiles), [0.25, 0.5, 0.75]) and np.isclose(quartiles[1], 100)',
# ]
# difficulty = 'basic'
# tags = ['probability-distributions']
# ///
from scipy import stats

dist = stats.norm(loc=100, scale=15)
# sf and isf are more accurate than 1 - cdf and ppf(1 - q) far in the tail
p_above_130 = dist.sf(130)
p_within_1sd = dist.cdf(115) - dist.cdf(85)
top5_cutoff = dist.isf(0.05)
quartiles = dist.ppf([0.25, 0.5, 0.75])
