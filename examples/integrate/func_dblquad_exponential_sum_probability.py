# /// example
# task = '''
# Write the function `prob_sum_below` below, computing P(X + Y <= t) for independent
# exponential waiting times by a double integral of the joint density over the triangle
# x + y <= t with `dblquad`. Store `prob_sum_below(2.0, 1.0, 3.0)` in `p_example` and the
# message raised by `prob_sum_below(1.0, 0.0, 2.0)` in `rate_error`.
#
# ```python
# def prob_sum_below(t, rate_x, rate_y):
#     """P(X + Y <= t) for independent X ~ Exp(rate_x), Y ~ Exp(rate_y).
#
#     Integrates rate_x e^(-rate_x x) rate_y e^(-rate_y y) over x >= 0, y >= 0,
#     x + y <= t. Returns 0.0 for t <= 0. Rates must be positive, else
#     ValueError("rates must be positive").
#     """
# ```'''
# prompt = """
# Two independent steps take exponential times with rates `rate_x` and `rate_y`. I want \
# `prob_sum_below(t, rate_x, rate_y)` giving the chance both finish within `t`, by \
# integrating the joint density over the triangle x + y <= t with dblquad (0.0 when t <= 0, \
# `ValueError("rates must be positive")` for a non-positive rate). Put \
# `prob_sum_below(2.0, 1.0, 3.0)` in `p_example` and the error message of \
# `prob_sum_below(1.0, 0.0, 2.0)` in `rate_error`."""
# task_type = 'function'
# domain = 'numerical_methods'
# libraries = ['scipy.integrate', 'numpy']
# inputs = {}
# checks = [
#     # hypoexponential cdf for unequal rates a != b: 1 - (b e^{-a t} - a e^{-b t}) / (b - a)
#     'np.isclose(p_example, 1 - (3 * np.exp(-2.0) - np.exp(-6.0)) / 2, atol=1e-8)',
#     'np.isclose(prob_sum_below(0.7, 2.5, 0.4), 1 - (0.4 * np.exp(-2.5 * 0.7) - 2.5 * np.exp(-0.4 * 0.7)) / (0.4 - 2.5), atol=1e-8)',
#     # equal rates give a gamma(2) distribution
#     'np.isclose(prob_sum_below(1.5, 2.0, 2.0), scipy.stats.gamma.cdf(1.5, 2, scale=0.5), atol=1e-8)',
#     'prob_sum_below(0.0, 1.0, 1.0) == 0.0 and prob_sum_below(-1.0, 1.0, 1.0) == 0.0',
#     'rate_error == "rates must be positive"',
# ]
# difficulty = 'intermediate'
# tags = ['reusable-function', 'multiple-integral', 'probability-distributions', 'validation']
# ///
import numpy as np
from scipy import integrate


def prob_sum_below(t, rate_x, rate_y):
    """P(X + Y <= t) for independent X ~ Exp(rate_x), Y ~ Exp(rate_y).

    Integrates rate_x e^(-rate_x x) rate_y e^(-rate_y y) over x >= 0, y >= 0,
    x + y <= t. Returns 0.0 for t <= 0. Rates must be positive, else
    ValueError("rates must be positive").
    """
    if rate_x <= 0 or rate_y <= 0:
        raise ValueError("rates must be positive")
    if t <= 0:
        return 0.0
    # dblquad integrates func(y, x): y is the inner variable, running from 0 to t - x
    value, _ = integrate.dblquad(
        lambda y, x: rate_x * np.exp(-rate_x * x) * rate_y * np.exp(-rate_y * y),
        0,
        t,
        0,
        lambda x: t - x,
    )
    return value


p_example = prob_sum_below(2.0, 1.0, 3.0)

try:
    prob_sum_below(1.0, 0.0, 2.0)
except ValueError as error:
    rate_error = str(error)
