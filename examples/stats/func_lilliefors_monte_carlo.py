# /// example
# task = '''
# Write a function `lilliefors_test` with the signature and docstring below. Apply it to the sample
# `values` and store the tuple in `lillie`; store in `short_error` the message raised for a sample
# of 3 values.
#
# ```python
# def lilliefors_test(x, n_resamples=999, seed=0):
#     """Lilliefors test of normality with unknown mean and SD.
#
#     Statistic: the Kolmogorov-Smirnov distance between the sample and the
#     normal distribution with the sample mean and SD (ddof=1). Its null
#     distribution is simulated with scipy.stats.monte_carlo_test (one-sided,
#     large statistics are extreme), drawing standard normal samples of the
#     same size from np.random.default_rng(seed).standard_normal; the
#     statistic does not depend on the mean and SD, so these stand in for
#     any normal. NaN values are dropped. Returns (statistic, p_value) as
#     floats. Raises ValueError("need at least 4 values") for fewer values.
#     """
# ```'''
# prompt = """
# A KS test against a normal with parameters estimated from the same data is far too lenient, so I \
# want the Lilliefors version: `lilliefors_test(x, n_resamples=999, seed=0)` computing the KS \
# distance to a normal with the sample mean and SD (ddof=1), and getting the p-value from SciPy's \
# `monte_carlo_test` (large statistics extreme) with standard normal draws from \
# `np.random.default_rng(seed).standard_normal`. Drop NaNs, return `(statistic, p_value)` as \
# floats, and raise `ValueError("need at least 4 values")` for shorter samples. Test my `values` \
# into `lillie`, and keep the message for a 3-value sample in `short_error`."""
# task_type = 'function'
# domain = 'statistics'
# libraries = ['scipy.stats', 'numpy']
# inputs = { values = 'values' }
# checks = [
#     'np.isclose(lilliefors_test([1.0, 2.0, 3.0, 4.0, 10.0])[0], scipy.stats.kstest([1.0, 2.0, 3.0, 4.0, 10.0], "norm", args=(4.0, np.std([1.0, 2.0, 3.0, 4.0, 10.0], ddof=1))).statistic)',
#     # the same Monte Carlo test, built with a slower per-sample statistic
#     'np.allclose(lilliefors_test([0.3, np.nan, -1.2, 0.8, 2.5, -0.4, 0.1], n_resamples=99, seed=5), (lambda s: (s.statistic, s.pvalue))(scipy.stats.monte_carlo_test(np.array([0.3, -1.2, 0.8, 2.5, -0.4, 0.1]), np.random.default_rng(5).standard_normal, lambda z: scipy.stats.kstest(z, "norm", args=(np.mean(z), np.std(z, ddof=1))).statistic, vectorized=False, n_resamples=99, alternative="greater")))',
#     # exponential quantiles are clearly not normal; a normal sample's quantiles clearly are
#     'lilliefors_test(scipy.stats.expon.ppf((np.arange(60) + 0.5) / 60))[1] < 0.01 < 0.5 < lilliefors_test(scipy.stats.norm.ppf((np.arange(60) + 0.5) / 60))[1]',
#     'short_error == "need at least 4 values"',
#     '(lambda v: np.isclose(lillie[0], scipy.stats.kstest(v, "norm", args=(v.mean(), v.std(ddof=1))).statistic))(np.asarray(values)[~np.isnan(values)])',
#     # the KS distance of every simulated sample at once: sort, standardise, compare with the empirical steps
#     '(lambda v: np.isclose(lillie[1], scipy.stats.monte_carlo_test(v, np.random.default_rng(0).standard_normal, lambda z, axis: (lambda s: (lambda c, n: np.maximum((np.arange(1, n + 1) / n - c).max(axis=-1), (c - np.arange(n) / n).max(axis=-1)))(scipy.stats.norm.cdf((s - s.mean(axis=-1, keepdims=True)) / s.std(axis=-1, ddof=1, keepdims=True)), s.shape[-1]))(np.sort(np.moveaxis(z, axis, -1), axis=-1)), vectorized=True, n_resamples=999, alternative="greater").pvalue))(np.asarray(values)[~np.isnan(values)])',
# ]
# difficulty = 'advanced'
# tags = ['reusable-function', 'bootstrap', 'normality', 'goodness-of-fit', 'validation']
# edge_cases = { min_size = 4, constant = false, why = "the test standardises by the sample SD, which needs at least 4 values that vary" }
# ///
import numpy as np
from scipy import stats


def lilliefors_test(x, n_resamples=999, seed=0):
    """Lilliefors test of normality with unknown mean and SD.

    Statistic: the Kolmogorov-Smirnov distance between the sample and the
    normal distribution with the sample mean and SD (ddof=1). Its null
    distribution is simulated with scipy.stats.monte_carlo_test (one-sided,
    large statistics are extreme), drawing standard normal samples of the
    same size from np.random.default_rng(seed).standard_normal; the
    statistic does not depend on the mean and SD, so these stand in for
    any normal. NaN values are dropped. Returns (statistic, p_value) as
    floats. Raises ValueError("need at least 4 values") for fewer values.
    """
    x = np.asarray(x, dtype=float)
    x = x[~np.isnan(x)]
    if len(x) < 4:
        raise ValueError("need at least 4 values")

    def ks_estimated(sample, axis=-1):
        sample = np.sort(np.moveaxis(sample, axis, -1), axis=-1)
        n = sample.shape[-1]
        mean = sample.mean(axis=-1, keepdims=True)
        sd = sample.std(axis=-1, ddof=1, keepdims=True)
        cdf = stats.norm.cdf((sample - mean) / sd)
        rank = np.arange(1, n + 1)
        return np.maximum((rank / n - cdf).max(axis=-1), (cdf - (rank - 1) / n).max(axis=-1))

    rvs = np.random.default_rng(seed).standard_normal
    # alternative="greater": only a larger distance than under normality is evidence against it
    result = stats.monte_carlo_test(
        x, rvs, ks_estimated, vectorized=True, n_resamples=n_resamples, alternative="greater"
    )
    return float(result.statistic), float(result.pvalue)


lillie = lilliefors_test(values)

try:
    lilliefors_test([1.0, 2.0, 3.0])
except ValueError as error:
    short_error = str(error)
