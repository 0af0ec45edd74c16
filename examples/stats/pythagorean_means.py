# /// example
# task = """
# For the positive, right-skewed sample `skewed`, compute the arithmetic mean `arithmetic`, the \
# geometric mean `geometric` and the harmonic mean `harmonic`."""
# prompt = """
# For my positive, right-skewed sample `skewed`, give me the three Pythagorean means: the \
# arithmetic mean `arithmetic`, the geometric mean `geometric` and the harmonic mean `harmonic`."""
# domain = 'statistics'
# libraries = ['scipy.stats', 'numpy']
# inputs = { skewed = 'skewed' }
# checks = [
#     # HM <= GM <= AM, up to rounding when all values are equal
#     'harmonic <= geometric * (1 + 1e-12) and geometric <= arithmetic * (1 + 1e-12)',
#     'np.isclose(geometric, np.exp(np.mean(np.log(skewed))))',
#     'np.isclose(harmonic, len(skewed) / np.sum(1 / skewed))',
# ]
# difficulty = 'basic'
# tags = ['descriptive-statistics']
# edge_cases = true
# ///
import numpy as np
from scipy import stats

arithmetic = np.mean(skewed)
# gmean averages logarithms and hmean reciprocals, which is why the data must be positive
geometric = stats.gmean(skewed)
harmonic = stats.hmean(skewed)
