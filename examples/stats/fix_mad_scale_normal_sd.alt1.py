import numpy as np
from scipy.stats import norm

center = np.median(values)
mad = np.median(np.abs(values - center))
robust_sd = mad / norm.ppf(0.75)
