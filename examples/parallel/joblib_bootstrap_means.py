# /// example
# task = """
# Compute 1000 bootstrap means of the 1-D array `values` in parallel with joblib: define \
# `bootstrap_mean(seed)` returning the mean of one resample of `values` (with replacement, same \
# size) drawn with `np.random.default_rng(seed)`, evaluate it for the seeds 0 to 999 with \
# `Parallel(n_jobs=-1)` into the array `boot_means`, and store the 2.5th and 97.5th percentiles \
# of `boot_means` in `ci_low` and `ci_high`."""
# prompt = """
# I want 1000 bootstrap means of the 1-D array `values`, computed in parallel with joblib on all \
# cores. Define `bootstrap_mean(seed)` that draws one resample of `values` with replacement (same \
# size) using `np.random.default_rng(seed)` and returns its mean, run it for seeds 0 to 999 into \
# the array `boot_means`, and store the 2.5th and 97.5th percentiles of `boot_means` in `ci_low` \
# and `ci_high`."""
# domain = 'statistics'
# libraries = ['joblib', 'numpy']
# inputs = { values = 'values' }
# checks = [
#     'boot_means.shape == (1000,)',
#     # the same means as a serial loop
#     'np.allclose(boot_means, [bootstrap_mean(seed) for seed in range(1000)], equal_nan=True)',
#     # resampling with replacement: the means scatter with the standard error std / sqrt(n)
#     'not np.all(np.isfinite(values)) or np.isclose(np.std(boot_means), np.std(values) / np.sqrt(values.size), rtol=0.25, atol=1e-12 * np.abs(values).max())',
#     'np.isclose(ci_low, np.percentile(boot_means, 2.5)) and np.isclose(ci_high, np.percentile(boot_means, 97.5))',
#     # a mean of equal values may round one unit in the last place outside their range
#     'values.min() - 1e-12 * np.abs(values).max() <= ci_low <= ci_high <= values.max() + 1e-12 * np.abs(values).max()',
# ]
# difficulty = 'intermediate'
# tags = ['parallelism', 'bootstrap', 'confidence-interval']
# edge_cases = true
# # seconds: a process pool starts its workers afresh in every run, each importing what the task needs
# # (scikit-learn: 10-20 s on a busy two-core machine before the first task runs)
# timeout = 120
# ///
import numpy as np
from joblib import Parallel, delayed


def bootstrap_mean(seed):
    rng = np.random.default_rng(seed)
    return rng.choice(values, size=values.size, replace=True).mean()


# one seed per task: the result does not depend on which worker runs which resample.
# joblib sends the function (and the `values` it uses) to its worker processes itself
boot_means = np.array(Parallel(n_jobs=-1)(delayed(bootstrap_mean)(seed) for seed in range(1000)))
ci_low, ci_high = np.percentile(boot_means, [2.5, 97.5])
