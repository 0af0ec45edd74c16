import numpy as np
from scipy.stats import norm


def sample_size_two_means(delta, sd, alpha=0.05, power=0.8):
    """Subjects per group for a two-sided two-sample z-test of means.

    n = 2 * ((z(1 - alpha / 2) + z(power)) * sd / delta) ** 2, rounded up to
    a Python int, where z is the standard normal quantile function. Raises
    ValueError("delta and sd must be positive") when delta <= 0 or sd <= 0.
    """
    if not (delta > 0 and sd > 0):
        raise ValueError("delta and sd must be positive")
    z_total = norm.isf(alpha / 2) + norm.ppf(power)
    return int(np.ceil(2 * (z_total * sd / delta) ** 2))


n_per_group = sample_size_two_means(5.0, 12.0)
try:
    sample_size_two_means(0, 12.0)
except ValueError as exc:
    delta_error = exc.args[0]
