# /// example
# task = '''
# Write the function `poisson_rate_ci` below (the exact Garwood interval from chi-square
# quantiles) and store `poisson_rate_ci(12, 4.0)` in `ci_example`; collect the messages raised by
# `poisson_rate_ci(2.5, 1.0)` and `poisson_rate_ci(3, 0.0)` in the list `errors`.
#
# ```python
# def poisson_rate_ci(count, exposure, confidence=0.95):
#     """Exact (Garwood) confidence interval for a Poisson rate.
#
#     count events observed over `exposure` (e.g. person-years). Returns
#     (low, high) for the rate: low = chi2.ppf(a/2, 2*count) / (2*exposure)
#     (0.0 when count == 0) and high = chi2.ppf(1 - a/2, 2*count + 2) /
#     (2*exposure), with a = 1 - confidence. Raises
#     ValueError("count must be a non-negative integer") and
#     ValueError("exposure must be positive").
#     """
# ```'''
# prompt = """
# I need an exact interval for incidence rates: `poisson_rate_ci(count, exposure, \
# confidence=0.95)` returning (low, high) per unit exposure by Garwood's chi-square formula \
# (lower bound 0 when there are no events). A negative or non-integer count should raise \
# `ValueError("count must be a non-negative integer")`, and a non-positive exposure \
# `ValueError("exposure must be positive")`. Store the interval for 12 events in 4.0 \
# person-years in `ci_example`, and the messages raised by `poisson_rate_ci(2.5, 1.0)` and \
# `poisson_rate_ci(3, 0.0)` in the list `errors`."""
# task_type = 'function'
# domain = 'statistics'
# libraries = ['scipy.stats', 'numpy']
# inputs = {}
# checks = [
#     # the same bounds as gamma quantiles: Gamma(k) for the lower, Gamma(k + 1) for the upper
#     'np.allclose(ci_example, [scipy.stats.gamma.ppf(0.025, 12) / 4.0, scipy.stats.gamma.ppf(0.975, 13) / 4.0])',
#     'np.allclose(poisson_rate_ci(0, 10.0), [0.0, -np.log(0.025) / 10.0])',
#     'np.allclose(poisson_rate_ci(5, 2.0, confidence=0.9), [scipy.stats.gamma.ppf(0.05, 5) / 2.0, scipy.stats.gamma.ppf(0.95, 6) / 2.0])',
#     'np.allclose(poisson_rate_ci(1, 0.5), [scipy.stats.chi2.ppf(0.025, 2) / 1.0, scipy.stats.chi2.ppf(0.975, 4) / 1.0])',
#     'list(errors) == ["count must be a non-negative integer", "exposure must be positive"]',
# ]
# difficulty = 'intermediate'
# tags = ['reusable-function', 'confidence-interval', 'probability-distributions', 'validation']
# ///
from scipy import stats


def poisson_rate_ci(count, exposure, confidence=0.95):
    """Exact (Garwood) confidence interval for a Poisson rate.

    count events observed over `exposure` (e.g. person-years). Returns
    (low, high) for the rate: low = chi2.ppf(a/2, 2*count) / (2*exposure)
    (0.0 when count == 0) and high = chi2.ppf(1 - a/2, 2*count + 2) /
    (2*exposure), with a = 1 - confidence. Raises
    ValueError("count must be a non-negative integer") and
    ValueError("exposure must be positive").
    """
    if count < 0 or count != int(count):
        raise ValueError("count must be a non-negative integer")
    if exposure <= 0:
        raise ValueError("exposure must be positive")
    alpha = 1 - confidence
    # chi2 with 0 degrees of freedom is undefined, hence the explicit zero-count case
    low = 0.0 if count == 0 else stats.chi2.ppf(alpha / 2, 2 * count) / (2 * exposure)
    high = stats.chi2.ppf(1 - alpha / 2, 2 * count + 2) / (2 * exposure)
    return low, high


ci_example = poisson_rate_ci(12, 4.0)

errors = []
for bad_args in [(2.5, 1.0), (3, 0.0)]:
    try:
        poisson_rate_ci(*bad_args)
    except ValueError as error:
        errors.append(str(error))
