# /// example
# task = '''
# Write the function `nbinom_from_moments` below, converting a mean and variance into a frozen
# `scipy.stats.nbinom` distribution, and store `nbinom_from_moments(4.0, 10.0)` in `counts_dist`;
# collect the messages raised by `nbinom_from_moments(3.0, 3.0)` and `nbinom_from_moments(0.0, 1.0)`
# in the list `errors`.
#
# ```python
# def nbinom_from_moments(mean, variance):
#     """Frozen scipy.stats.nbinom with the given mean and variance.
#
#     SciPy's parameters are n = mean**2 / (variance - mean) and
#     p = mean / variance. Over-dispersion is required: raises
#     ValueError("variance must exceed the mean") when variance <= mean,
#     and ValueError("mean must be positive") when mean <= 0.
#     """
# ```'''
# prompt = """
# My count data are over-dispersed and I think in terms of mean and variance, but SciPy's \
# negative binomial wants n and p. Write `nbinom_from_moments(mean, variance)` returning a \
# frozen nbinom with exactly that mean and variance, raising \
# `ValueError("mean must be positive")` for mean <= 0 and \
# `ValueError("variance must exceed the mean")` when variance <= mean. Store the distribution \
# for mean 4 and variance 10 in `counts_dist`, and collect the messages for \
# `nbinom_from_moments(3.0, 3.0)` and `nbinom_from_moments(0.0, 1.0)` in the list `errors`."""
# task_type = 'function'
# domain = 'statistics'
# libraries = ['scipy.stats']
# inputs = {}
# checks = [
#     'np.isclose(counts_dist.mean(), 4.0) and np.isclose(counts_dist.var(), 10.0)',
#     'np.isclose(counts_dist.pmf(0), (0.4) ** (16 / 6))',
#     'np.allclose(nbinom_from_moments(0.5, 0.75).stats("mv"), [0.5, 0.75])',
#     'np.allclose(nbinom_from_moments(120.0, 3000.0).stats("mv"), [120.0, 3000.0])',
#     'np.allclose(nbinom_from_moments(10.0, 11.0).stats("mv"), [10.0, 11.0]) and np.isclose(nbinom_from_moments(10.0, 11.0).pmf(0), (10 / 11) ** 100)',
#     'list(errors) == ["variance must exceed the mean", "mean must be positive"]',
# ]
# difficulty = 'intermediate'
# tags = ['reusable-function', 'probability-distributions', 'validation']
# ///
from scipy import stats


def nbinom_from_moments(mean, variance):
    """Frozen scipy.stats.nbinom with the given mean and variance.

    SciPy's parameters are n = mean**2 / (variance - mean) and
    p = mean / variance. Over-dispersion is required: raises
    ValueError("variance must exceed the mean") when variance <= mean,
    and ValueError("mean must be positive") when mean <= 0.
    """
    if mean <= 0:
        raise ValueError("mean must be positive")
    if variance <= mean:
        raise ValueError("variance must exceed the mean")
    # n counts successes (any positive real), p is the success probability
    n = mean**2 / (variance - mean)
    p = mean / variance
    return stats.nbinom(n, p)


counts_dist = nbinom_from_moments(4.0, 10.0)

errors = []
for mean, variance in [(3.0, 3.0), (0.0, 1.0)]:
    try:
        nbinom_from_moments(mean, variance)
    except ValueError as error:
        errors.append(str(error))
