# /// example
# task = """
# This code should draw 200 bootstrap replicates of the median of the 1-D sample `skewed` in \
# parallel threads into `boot_medians` and their standard deviation (`ddof=1`) into \
# `standard_error`, but every replicate comes out the same and `standard_error` is 0:
#
# ```python
# import numpy as np
# from joblib import Parallel, delayed
#
#
# def resample_median(i):
#     rng = np.random.default_rng(0)
#     return np.median(rng.choice(skewed, size=skewed.size))
#
#
# boot_medians = np.array(
#     Parallel(n_jobs=2, prefer="threads")(delayed(resample_median)(i) for i in range(200))
# )
# standard_error = boot_medians.std(ddof=1)
# ```
#
# Fix it: replicate `i` must draw its resample with `rng.choice(skewed, size=skewed.size)` from its \
# own generator `np.random.default_rng(children[i])`, where \
# `children = np.random.SeedSequence(0).spawn(200)`."""
# prompt = """
# My parallel bootstrap of the median of `skewed` gives 200 identical replicates in \
# `boot_medians`, so the `standard_error` (their std with `ddof=1`) is exactly 0:
#
# ```python
# import numpy as np
# from joblib import Parallel, delayed
#
#
# def resample_median(i):
#     rng = np.random.default_rng(0)
#     return np.median(rng.choice(skewed, size=skewed.size))
#
#
# boot_medians = np.array(
#     Parallel(n_jobs=2, prefer="threads")(delayed(resample_median)(i) for i in range(200))
# )
# standard_error = boot_medians.std(ddof=1)
# ```
#
# I want it reproducible but with independent replicates: give replicate `i` its own generator \
# `np.random.default_rng(children[i])` with `children = np.random.SeedSequence(0).spawn(200)`, still \
# resampling with `rng.choice(skewed, size=skewed.size)`."""
# task_type = 'fix'
# domain = 'statistics'
# libraries = ['joblib', 'numpy']
# inputs = { skewed = 'skewed' }
# checks = [
#     'boot_medians.shape == (200,)',
#     'np.allclose(boot_medians, [np.median(np.random.default_rng(child).choice(skewed, size=skewed.size)) for child in np.random.SeedSequence(0).spawn(200)])',
#     'np.isclose(standard_error, np.std(boot_medians, ddof=1))',
# ]
# difficulty = 'advanced'
# tags = ['debugging', 'parallelism', 'bootstrap']
# edge_cases = true
# ///
import numpy as np
from joblib import Parallel, delayed


def resample_median(seed):
    rng = np.random.default_rng(seed)
    return np.median(rng.choice(skewed, size=skewed.size))


# every task created default_rng(0) and so drew the same resample; spawn() gives each
# replicate an independent stream, and the result does not depend on which thread runs it
children = np.random.SeedSequence(0).spawn(200)
boot_medians = np.array(
    Parallel(n_jobs=2, prefer="threads")(delayed(resample_median)(child) for child in children)
)
standard_error = boot_medians.std(ddof=1)
