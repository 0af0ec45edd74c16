# /// example
# task = '''
# Write a function `two_proportion_z` with the signature and docstring below, and use it to
# compare 45 conversions out of 500 visitors with 30 out of 480, storing the tuple in `ab_result`.
#
# ```python
# def two_proportion_z(successes_a, n_a, successes_b, n_b):
#     """Two-sided z-test for the difference of two proportions (pooled).
#
#     z = (p_a - p_b) / sqrt(p (1 - p) (1 / n_a + 1 / n_b)) with the pooled
#     p = (successes_a + successes_b) / (n_a + n_b); the p-value is two-sided
#     from the standard normal. Returns (z, p_value) as floats; when the pooled
#     proportion is 0 or 1 (no variation at all) returns (0.0, 1.0). Raises
#     ValueError("n_a and n_b must be positive") when a sample size is < 1.
#     """
# ```'''
# prompt = """
# For A/B tests I'd like `two_proportion_z(successes_a, n_a, successes_b, n_b)`: the pooled \
# two-proportion z-test, returning `(z, p_value)` as floats with a two-sided normal p-value. If \
# all or none of the trials succeeded the answer should be `(0.0, 1.0)`, and sample sizes below 1 \
# should raise `ValueError("n_a and n_b must be positive")`. Then compare `45` conversions of `500` \
# visitors against `30` of `480` and store the result in `ab_result`."""
# task_type = 'function'
# domain = 'statistics'
# libraries = ['scipy.stats', 'numpy']
# inputs = {}
# checks = [
#     'np.allclose(two_proportion_z(45, 500, 30, 480), (lambda p: ((45 / 500 - 30 / 480) / np.sqrt(p * (1 - p) * (1 / 500 + 1 / 480)), 2 * scipy.stats.norm.sf(abs((45 / 500 - 30 / 480) / np.sqrt(p * (1 - p) * (1 / 500 + 1 / 480))))))(75 / 980))',
#     'np.allclose(two_proportion_z(10, 100, 25, 100), (lambda z: (z, 2 * scipy.stats.norm.cdf(-abs(z))))((0.10 - 0.25) / np.sqrt(0.175 * 0.825 * 0.02)))',
#     'np.allclose(two_proportion_z(3, 40, 3, 40), (0.0, 1.0))',
#     'two_proportion_z(0, 20, 0, 30) == (0.0, 1.0) and two_proportion_z(20, 20, 30, 30) == (0.0, 1.0)',
#     'np.allclose(ab_result, two_proportion_z(45, 500, 30, 480))',
#     'ab_result[0] > 0 and 0 < ab_result[1] < 1',
# ]
# difficulty = 'intermediate'
# tags = ['reusable-function', 'hypothesis-test', 'two-sample', 'validation']
# ///
import math

from scipy import stats


def two_proportion_z(successes_a, n_a, successes_b, n_b):
    """Two-sided z-test for the difference of two proportions (pooled).

    z = (p_a - p_b) / sqrt(p (1 - p) (1 / n_a + 1 / n_b)) with the pooled
    p = (successes_a + successes_b) / (n_a + n_b); the p-value is two-sided
    from the standard normal. Returns (z, p_value) as floats; when the pooled
    proportion is 0 or 1 (no variation at all) returns (0.0, 1.0). Raises
    ValueError("n_a and n_b must be positive") when a sample size is < 1.
    """
    if n_a < 1 or n_b < 1:
        raise ValueError("n_a and n_b must be positive")
    pooled = (successes_a + successes_b) / (n_a + n_b)
    if pooled in (0.0, 1.0):
        return 0.0, 1.0
    standard_error = math.sqrt(pooled * (1 - pooled) * (1 / n_a + 1 / n_b))
    z = (successes_a / n_a - successes_b / n_b) / standard_error
    # sf of |z| is one tail; doubling it gives the two-sided p-value
    return float(z), float(2 * stats.norm.sf(abs(z)))


ab_result = two_proportion_z(45, 500, 30, 480)
