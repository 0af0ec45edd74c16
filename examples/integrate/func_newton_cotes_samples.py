# /// example
# task = '''
# Write a function `newton_cotes_integral` with the signature and docstring below, using SciPy's
# Newton-Cotes weights. Store in `short_error` the message raised by
# `newton_cotes_integral([2.0], 0.5)`.
#
# ```python
# def newton_cotes_integral(y, dx):
#     """Integral of equally spaced samples with the closed Newton-Cotes rule.
#
#     y holds n + 1 samples spaced dx apart; the rule of degree n through all
#     of them is used (2 samples: trapezoid, 3: Simpson, 5: Boole), so the
#     result is exact for polynomials of degree n. Returns a float.
#     Raises ValueError("need at least 2 samples") for fewer samples.
#     """
# ```'''
# prompt = """
# I have a handful of equally spaced samples and want a helper `newton_cotes_integral(y, dx)` \
# that integrates them with the closed Newton-Cotes rule of the highest degree they allow (n + 1 \
# samples, degree n: 2 samples give the trapezoid, 3 Simpson, 5 Boole), so it's exact for \
# polynomials of degree n, and returns a float. With fewer than 2 samples it should raise \
# `ValueError("need at least 2 samples")`; keep that message from `newton_cotes_integral([2.0], 0.5)` \
# in `short_error`. scipy has the weights somewhere, I believe."""
# task_type = 'function'
# domain = 'numerical_methods'
# libraries = ['scipy.integrate', 'numpy']
# inputs = {}
# checks = [
#     # two samples: the trapezoid (1 + 3) / 2 * 2
#     'np.isclose(newton_cotes_integral([1.0, 3.0], 2.0), 4.0)',
#     # three samples of x^2 on [0, 2]: Simpson is exact, 8 / 3
#     'np.isclose(newton_cotes_integral([0.0, 1.0, 4.0], 1.0), 8 / 3)',
#     # five samples of x^4 on [0, 1]: Boole's rule is exact, 1 / 5
#     'np.isclose(newton_cotes_integral(np.linspace(0, 1, 5) ** 4, 0.25), 0.2)',
#     # seven samples of x^6 on [0, 3]: exact, 3^7 / 7
#     'np.isclose(newton_cotes_integral(np.arange(7.0) ** 6 / 2**6, 0.5), 3**7 / 7)',
#     'isinstance(newton_cotes_integral([1.0, 2.0, 3.0], 0.1), float)',
#     'short_error == "need at least 2 samples"',
# ]
# difficulty = 'intermediate'
# tags = ['reusable-function', 'quadrature', 'sampled-data', 'validation']
# ///
import numpy as np
from scipy import integrate


def newton_cotes_integral(y, dx):
    """Integral of equally spaced samples with the closed Newton-Cotes rule.

    y holds n + 1 samples spaced dx apart; the rule of degree n through all
    of them is used (2 samples: trapezoid, 3: Simpson, 5: Boole), so the
    result is exact for polynomials of degree n. Returns a float.
    Raises ValueError("need at least 2 samples") for fewer samples.
    """
    y = np.asarray(y, dtype=float)
    if y.size < 2:
        raise ValueError("need at least 2 samples")
    # weights for unit spacing over n intervals; the second value is the error coefficient
    weights, _ = integrate.newton_cotes(y.size - 1, equal=1)
    return float(dx * np.dot(weights, y))


try:
    newton_cotes_integral([2.0], 0.5)
except ValueError as error:
    short_error = str(error)
