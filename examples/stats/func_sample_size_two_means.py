# /// example
# task = '''
# Write a function `sample_size_two_means` with the signature and docstring below. Use it for a
# difference of 5.0 with a standard deviation of 12.0 (defaults otherwise) and store the
# answer in `n_per_group`; store in `delta_error` the message raised for `delta=0`.
#
# ```python
# def sample_size_two_means(delta, sd, alpha=0.05, power=0.8):
#     """Subjects per group for a two-sided two-sample z-test of means.
#
#     n = 2 * ((z(1 - alpha / 2) + z(power)) * sd / delta) ** 2, rounded up to
#     a Python int, where z is the standard normal quantile function. Raises
#     ValueError("delta and sd must be positive") when delta <= 0 or sd <= 0.
#     """
# ```'''
# prompt = """
# I plan two-arm studies all the time and want a small helper \
# `sample_size_two_means(delta, sd, alpha=0.05, power=0.8)` that returns the number of subjects per \
# group, n = 2 ((z_{1-alpha/2} + z_power) sd / delta)^2 rounded up to an int, using the normal \
# quantiles. A non-positive `delta` or `sd` should raise `ValueError("delta and sd must be positive")`. \
# What do I need to detect a difference of `5.0` when the SD is `12.0`? Put it in `n_per_group`, and \
# put the error message for `delta=0` in `delta_error`."""
# task_type = 'function'
# domain = 'statistics'
# libraries = ['scipy.stats', 'numpy']
# inputs = {}
# checks = [
#     'sample_size_two_means(5, 10) == math.ceil(2 * ((scipy.stats.norm.ppf(0.975) + scipy.stats.norm.ppf(0.8)) * 10 / 5) ** 2)',
#     'sample_size_two_means(1.0, 1.0, alpha=0.01, power=0.9) == math.ceil(2 * ((scipy.stats.norm.ppf(0.995) + scipy.stats.norm.ppf(0.9)) * 1.0) ** 2)',
#     'sample_size_two_means(2.5, 4.0, power=0.95) == math.ceil(2 * ((scipy.stats.norm.ppf(0.975) + scipy.stats.norm.ppf(0.95)) * 4.0 / 2.5) ** 2)',
#     'isinstance(sample_size_two_means(3, 7), int)',
#     'n_per_group == math.ceil(2 * ((scipy.stats.norm.ppf(0.975) + scipy.stats.norm.ppf(0.8)) * 12.0 / 5.0) ** 2)',
#     'delta_error == "delta and sd must be positive"',
# ]
# difficulty = 'basic'
# tags = ['reusable-function', 'probability-distributions', 'validation']
# ///
import math

from scipy import stats


def sample_size_two_means(delta, sd, alpha=0.05, power=0.8):
    """Subjects per group for a two-sided two-sample z-test of means.

    n = 2 * ((z(1 - alpha / 2) + z(power)) * sd / delta) ** 2, rounded up to
    a Python int, where z is the standard normal quantile function. Raises
    ValueError("delta and sd must be positive") when delta <= 0 or sd <= 0.
    """
    if delta <= 0 or sd <= 0:
        raise ValueError("delta and sd must be positive")
    # two-sided test: alpha is split between both tails
    z_alpha = stats.norm.ppf(1 - alpha / 2)
    z_power = stats.norm.ppf(power)
    return math.ceil(2 * ((z_alpha + z_power) * sd / delta) ** 2)


n_per_group = sample_size_two_means(delta=5.0, sd=12.0)

try:
    sample_size_two_means(delta=0, sd=12.0)
except ValueError as error:
    delta_error = str(error)
