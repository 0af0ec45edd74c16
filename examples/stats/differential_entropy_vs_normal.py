# /// example
# task = """
# Estimate the differential entropy (in nats) of the continuous sample `values` from the data \
# with `scipy.stats.differential_entropy` (its default estimator) and store it in \
# `entropy_estimate`. For comparison store in `normal_entropy` the entropy of a normal \
# distribution with the sample's standard deviation (ddof=1), 0.5 * log(2 pi e s**2), and in \
# `entropy_gap` the difference normal_entropy - entropy_estimate."""
# prompt = """
# How much information is in my measurements `values`? I'd like SciPy's nonparametric estimate \
# (differential_entropy with its default estimator) of their differential entropy in nats \
# (`entropy_estimate`), the entropy a normal distribution with the same standard deviation \
# (ddof=1) would have (`normal_entropy`), and the gap normal minus estimate (`entropy_gap`); \
# the normal has the largest entropy for a given spread."""
# domain = 'statistics'
# libraries = ['scipy.stats', 'numpy']
# inputs = { values = 'stereo.x' }
# checks = [
#     'np.isclose(entropy_estimate, scipy.stats.differential_entropy(values))',
#     'np.isclose(normal_entropy, 0.5 * np.log(2 * np.pi * np.e * np.var(values, ddof=1)))',
#     'np.isclose(entropy_gap, normal_entropy - entropy_estimate)',
# ]
# difficulty = 'intermediate'
# tags = ['descriptive-statistics', 'probability-distributions']
# edge_cases = { min_size = 10, constant = false, why = "an entropy estimate needs a spread of several distinct values" }
# ///
import numpy as np
from scipy import stats

# the default method picks a spacing-based estimator suited to the sample size
entropy_estimate = stats.differential_entropy(values)
normal_entropy = 0.5 * np.log(2 * np.pi * np.e * np.var(values, ddof=1))
entropy_gap = normal_entropy - entropy_estimate
