# /// example
# task = """
# Sum the two infinite series below with SciPy's `nsum` (which adds terms directly and bounds \
# the tail with integrals) and store the sums in `basel` and `weighted_geometric`; rounded to 6 \
# decimals they print as shown.
#
# ```text
# S1 = sum_{k=1}^inf 1 / k^2
# S2 = sum_{k=1}^inf k / 2^k
# ```
#
# Wanted:
#
# ```text
# basel = 1.644934, weighted_geometric = 2.0
# ```"""
# prompt = """
# Summing 1/k^2 term by term converges painfully slowly. Is there a scipy routine that sums \
# infinite series accurately? I'd like `basel` and `weighted_geometric` for
#
# ```text
# S1 = sum_{k=1}^inf 1 / k^2
# S2 = sum_{k=1}^inf k / 2^k
# ```
#
# which should be pi^2 / 6 and 2:
#
# ```text
# basel = 1.644934, weighted_geometric = 2.0
# ```"""
# task_type = 'input-output'
# domain = 'numerical_methods'
# libraries = ['scipy.integrate', 'numpy']
# inputs = {}
# checks = [
#     'np.isclose(basel, 1.644934, atol=5e-7) and np.isclose(basel, np.pi**2 / 6, rtol=1e-8)',
#     'np.isclose(weighted_geometric, 2.0, rtol=1e-8)',
#     'np.ndim(basel) == 0 and np.ndim(weighted_geometric) == 0',
# ]
# difficulty = 'intermediate'
# tags = ['quadrature', 'improper-integral']
# requires = { scipy = ">=1.15" }
# ///
import numpy as np
from scipy import integrate

basel = integrate.nsum(lambda k: 1.0 / k**2, 1, np.inf).sum
# 0.5**k underflows quietly to 0 for huge k, where 2.0**k would overflow
weighted_geometric = integrate.nsum(lambda k: k * 0.5**k, 1, np.inf).sum
