import numpy as np
from scipy.stats import norm


def two_proportion_z(successes_a, n_a, successes_b, n_b):
    """Two-sided z-test for the difference of two proportions (pooled).

    z = (p_a - p_b) / sqrt(p (1 - p) (1 / n_a + 1 / n_b)) with the pooled
    p = (successes_a + successes_b) / (n_a + n_b); the p-value is two-sided
    from the standard normal. Returns (z, p_value) as floats; when the pooled
    proportion is 0 or 1 (no variation at all) returns (0.0, 1.0). Raises
    ValueError("n_a and n_b must be positive") when a sample size is < 1.
    """
    if min(n_a, n_b) < 1:
        raise ValueError("n_a and n_b must be positive")
    p_pool = (successes_a + successes_b) / (n_a + n_b)
    variance = p_pool * (1 - p_pool) * (1 / n_a + 1 / n_b)
    if variance == 0:
        return 0.0, 1.0
    z = (successes_a / n_a - successes_b / n_b) / np.sqrt(variance)
    return float(z), float(2 * norm.cdf(-abs(z)))


ab_result = two_proportion_z(45, 500, 30, 480)
