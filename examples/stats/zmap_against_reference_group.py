# /// example
# task = """
# Standardise the new measurements `b` against the reference sample `a`: z = (b - mean(a)) / \
# sd(a), using the reference's population standard deviation (ddof=0), with \
# `scipy.stats.zmap`. Store the z-scores in `z_new` and the number of new values more than 2 \
# reference SDs from the reference mean (|z| > 2) in `n_unusual`. When `a` is constant, store \
# NaN z-scores and 0 for `n_unusual`."""
# prompt = """
# I have a reference batch `a` and new measurements `b`. I want each new value expressed in \
# reference standard deviations from the reference mean (ddof=0), in `z_new`, and how many new \
# values lie beyond 2 SDs (`n_unusual`). If the reference batch has no spread at all, fill \
# `z_new` with NaN and set `n_unusual` to 0."""
# domain = 'statistics'
# libraries = ['scipy.stats', 'numpy']
# inputs = { a = 'groups.a', b = 'groups.b' }
# checks = [
#     'np.shape(z_new) == np.shape(b)',
#     'np.all(np.isnan(z_new)) if np.ptp(a) == 0 else np.allclose(z_new, (b - np.mean(a)) / np.std(a))',
#     'n_unusual == (0 if np.ptp(a) == 0 else int(np.sum(np.abs((b - np.mean(a)) / np.std(a)) > 2)))',
# ]
# difficulty = 'basic'
# tags = ['standardization', 'outliers', 'two-sample']
# edge_cases = true
# ///
import numpy as np
from scipy import stats

if np.ptp(a) == 0:
    z_new = np.full(len(b), np.nan)
    n_unusual = 0
else:
    # zmap scores b against the mean and SD of a, not of b itself
    z_new = stats.zmap(b, a, ddof=0)
    n_unusual = int(np.count_nonzero(np.abs(z_new) > 2))
