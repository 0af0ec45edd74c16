import numpy as np
from scipy import stats

alpha = 0.05
# the upper alpha/2 point of t: isf(0.025) equals ppf(0.975)
half_width = stats.t.isf(alpha / 2, df=len(weights) - 1) * stats.sem(weights)
centre = np.mean(weights)
ci = (centre - half_width, centre + half_width)
