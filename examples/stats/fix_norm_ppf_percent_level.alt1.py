import numpy as np
from scipy.stats import norm

# isf(0.025) is the upper 2.5% point, the same z as ppf(0.975)
z = norm.isf(0.025)
half_width = z * np.std(values, ddof=1) / np.sqrt(len(values))
ci_low = np.mean(values) - half_width
ci_high = np.mean(values) + half_width
