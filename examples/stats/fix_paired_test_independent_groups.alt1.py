import numpy as np
from scipy.stats import ttest_ind_from_stats

# the same two-sample test from each class's summary statistics
result = ttest_ind_from_stats(
    np.mean(morning),
    np.std(morning, ddof=1),
    len(morning),
    np.mean(evening),
    np.std(evening, ddof=1),
    len(evening),
)
