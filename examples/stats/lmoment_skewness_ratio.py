# /// example
# task = """
# Compute the first four sample L-moments of `flows` with `scipy.stats.lmoment` and store them \
# in `l_moments` (l1, l2, l3, l4), then the L-skewness t3 = l3 / l2 in `l_skew` and the \
# L-kurtosis t4 = l4 / l2 in `l_kurt`; when all values are equal (l2 = 0) store NaN in both \
# ratios."""
# prompt = """
# Hydrologists summarise my river `flows` with L-moments rather than ordinary moments, since \
# they are far less sensitive to floods. Give me the first four sample L-moments in \
# `l_moments`, plus the L-skewness l3/l2 (`l_skew`) and L-kurtosis l4/l2 (`l_kurt`), with NaN \
# ratios if every flow is the same."""
# domain = 'statistics'
# libraries = ['scipy.stats', 'numpy']
# inputs = { flows = 'skewed' }
# checks = [
#     # unbiased probability-weighted moments b_r of the sorted sample give l1..l4
#     'np.allclose(l_moments, [(lambda s, n: [s.mean(), 2 * b[1] - b[0], 6 * b[2] - 6 * b[1] + b[0], 20 * b[3] - 30 * b[2] + 12 * b[1] - b[0]])(s, n) for s, n in [(np.sort(flows), len(flows))] for b in [[np.mean(np.sort(flows) * np.prod([(np.arange(len(flows)) - j) / (len(flows) - 1 - j) for j in range(r)], axis=0)) for r in range(4)]]][0], rtol=1e-8, atol=1e-10 * np.abs(flows).max())',
#     '(np.isnan(l_skew) and np.isnan(l_kurt)) if np.ptp(flows) == 0 else (np.isclose(l_skew, l_moments[2] / l_moments[1]) and np.isclose(l_kurt, l_moments[3] / l_moments[1]))',
#     'np.ptp(flows) == 0 or (abs(l_skew) <= 1 + 1e-9 and l_moments[1] > 0)',
# ]
# difficulty = 'intermediate'
# tags = ['descriptive-statistics', 'robust-statistics', 'applied-science']
# edge_cases = { min_size = 4, why = "the fourth L-moment needs at least four values" }
# requires = { scipy = ">=1.15" }
# ///
import numpy as np
from scipy import stats

# standardize=False keeps l3 and l4 raw; by default lmoment returns them divided by l2
l_moments = stats.lmoment(flows, order=[1, 2, 3, 4], standardize=False)
if np.ptp(flows) == 0:
    l_skew = l_kurt = np.nan
else:
    l_skew = l_moments[2] / l_moments[1]
    l_kurt = l_moments[3] / l_moments[1]
