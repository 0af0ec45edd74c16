# /// example
# task = """
# The 1-D sample `skewed` has a long right tail. Estimate its centre robustly: store in `trimmed` \
# the mean after cutting 10% of the values from each end, and in `plain` the ordinary mean."""
# prompt = """
# My measurements in `skewed` have a long right tail that drags the average up. I'd like a robust \
# centre: the mean after dropping the lowest and highest 10% of values, in `trimmed`, and the \
# ordinary mean in `plain` to compare."""
# domain = 'statistics'
# libraries = ['scipy.stats', 'numpy']
# inputs = { skewed = 'skewed' }
# checks = [
#     # the trimmed mean of the sorted values without their lowest and highest 10%
#     'np.isclose(trimmed, np.sort(skewed)[int(0.1 * len(skewed)) : len(skewed) - int(0.1 * len(skewed))].mean())',
#     'np.isclose(plain, np.mean(skewed))',
#     'np.min(skewed) <= trimmed <= np.max(skewed)',
# ]
# difficulty = 'basic'
# tags = ['descriptive-statistics', 'robust-statistics', 'outliers']
# edge_cases = true
# ///
import numpy as np
from scipy import stats

# proportiontocut=0.1 drops 10% of the values at each end before averaging
trimmed = stats.trim_mean(skewed, proportiontocut=0.1)
plain = np.mean(skewed)
