# /// example
# task = """
# Particle diameters are lognormal: the log of the diameter (in um) has mean 1.2 and standard \
# deviation 0.4. This code should store the mean diameter in `mean_diameter` and the share of \
# particles above 5 um in `share_above_5`:
#
# ```python
# from scipy import stats
#
# mu, sigma = 1.2, 0.4
# diameters = stats.lognorm(s=sigma, scale=mu)
# mean_diameter = diameters.mean()
# share_above_5 = diameters.sf(5.0)
# ```
#
# It runs, but the mean comes out at 1.3 um although the median diameter should be e^1.2 = 3.3 \
# um. Fix it."""
# prompt = """
# ln(diameter) ~ Normal(1.2, 0.4) for my particles (um). I want the mean diameter \
# (`mean_diameter`) and the fraction bigger than 5 um (`share_above_5`):
#
# ```python
# from scipy import stats
#
# mu, sigma = 1.2, 0.4
# diameters = stats.lognorm(s=sigma, scale=mu)
# mean_diameter = diameters.mean()
# share_above_5 = diameters.sf(5.0)
# ```
#
# The mean is 1.3, below the median e^1.2. What did I get wrong?"""
# task_type = 'fix'
# domain = 'statistics'
# libraries = ['scipy.stats', 'numpy']
# inputs = {}
# checks = [
#     'np.isclose(mean_diameter, np.exp(1.2 + 0.4**2 / 2))',
#     'np.isclose(share_above_5, scipy.stats.norm.sf((np.log(5.0) - 1.2) / 0.4))',
# ]
# difficulty = 'intermediate'
# tags = ['debugging', 'probability-distributions', 'applied-science']
# ///
import numpy as np
from scipy import stats

mu, sigma = 1.2, 0.4
# lognorm's scale is the median e^mu, not mu itself
diameters = stats.lognorm(s=sigma, scale=np.exp(mu))
mean_diameter = diameters.mean()
share_above_5 = diameters.sf(5.0)
