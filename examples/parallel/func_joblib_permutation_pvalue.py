# /// example
# task = '''
# Write a function `permutation_pvalue` with the signature and docstring below, spreading the
# permutations over joblib threads in `n_jobs` batches with independent seeded generators. Apply
# it to the samples `a` and `b` and store the p-value in `p_value`.
#
# ```python
# def permutation_pvalue(a, b, n_resamples=999, seed=0, n_jobs=2):
#     """Two-sided permutation test for a difference in means of samples a and b.
#
#     Shuffles the pooled values n_resamples times (reproducibly for a given seed)
#     and returns (k + 1) / (n_resamples + 1), where k counts the shuffles whose
#     absolute mean difference is at least the observed one (up to rounding).
#     """
# ```'''
# prompt = '''
# I need a reproducible permutation test I can run on many pairs of groups:
# `permutation_pvalue(a, b, n_resamples=999, seed=0, n_jobs=2)` should shuffle the pooled samples
# `n_resamples` times, split over joblib threads with independent generators derived from `seed`,
# and return the two-sided p-value (k + 1) / (n_resamples + 1) for the absolute difference in means.
# Then run it on my samples `a` and `b` into `p_value`.
#
# ```python
# def permutation_pvalue(a, b, n_resamples=999, seed=0, n_jobs=2):
#     """Two-sided permutation test for a difference in means of samples a and b.
#
#     Shuffles the pooled values n_resamples times (reproducibly for a given seed)
#     and returns (k + 1) / (n_resamples + 1), where k counts the shuffles whose
#     absolute mean difference is at least the observed one (up to rounding).
#     """
# ```'''
# task_type = 'function'
# domain = 'statistics'
# libraries = ['joblib', 'numpy']
# inputs = { a = 'groups.a', b = 'groups.b' }
# checks = [
#     # no shuffle of two far-apart samples of 20 reaches the observed difference
#     'np.isclose(permutation_pvalue(np.arange(20.0), np.arange(20.0) + 100), 1 / 1000)',
#     # equal samples: every shuffle is at least as extreme as a zero difference
#     'np.isclose(permutation_pvalue([1.0, 2.0, 3.0, 4.0], [4.0, 3.0, 2.0, 1.0], n_resamples=99), 1.0)',
#     'permutation_pvalue(a, b, seed=3) == permutation_pvalue(a, b, seed=3)',
#     # agrees with 9999 independent shuffles to within the Monte-Carlo error of 999
#     '''abs(p_value - (lambda pooled, rng: (1 + np.sum(
#         np.abs(np.diff([(s := rng.permuted(np.tile(pooled, (9999, 1)), axis=1))[:, : len(a)].mean(axis=1), s[:, len(a) :].mean(axis=1)], axis=0))
#         >= abs(np.mean(a) - np.mean(b)) * (1 - 1e-12)
#     )) / 10000)(np.concatenate([a, b]).astype(float), np.random.default_rng(1))) < 0.05''',
#     '1 / 1000 <= p_value <= 1',
# ]
# difficulty = 'intermediate'
# tags = ['reusable-function', 'parallelism', 'bootstrap', 'hypothesis-test']
# edge_cases = true
# ///
import numpy as np
from joblib import Parallel, delayed


def permutation_pvalue(a, b, n_resamples=999, seed=0, n_jobs=2):
    """Two-sided permutation test for a difference in means of samples a and b.

    Shuffles the pooled values n_resamples times (reproducibly for a given seed)
    and returns (k + 1) / (n_resamples + 1), where k counts the shuffles whose
    absolute mean difference is at least the observed one (up to rounding).
    """
    a, b = np.asarray(a, dtype=float), np.asarray(b, dtype=float)
    pooled = np.concatenate([a, b])
    observed = abs(a.mean() - b.mean())

    def count_extreme(child, size):
        rng = np.random.default_rng(child)
        # one shuffle per row, all rows of the batch at once
        shuffled = rng.permuted(np.tile(pooled, (size, 1)), axis=1)
        diffs = np.abs(shuffled[:, : a.size].mean(axis=1) - shuffled[:, a.size :].mean(axis=1))
        return np.sum(diffs >= observed * (1 - 1e-12))

    # one batch per job, each with its own stream spawned from the seed: reproducible
    # whichever thread runs which batch
    sizes = [len(part) for part in np.array_split(np.arange(n_resamples), n_jobs)]
    children = np.random.SeedSequence(seed).spawn(n_jobs)
    counts = Parallel(n_jobs=n_jobs, prefer="threads")(
        delayed(count_extreme)(child, size) for child, size in zip(children, sizes, strict=True)
    )
    return (sum(counts) + 1) / (n_resamples + 1)


p_value = permutation_pvalue(a, b)
