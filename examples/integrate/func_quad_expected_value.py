# /// example
# task = '''
# Write the function `expected_value` below with `scipy.integrate.quad` and store
# `expected_value(lambda x: np.exp(-x), lambda x: x**2, 0, np.inf)` in `second_moment`, and in
# `zero_error` the message raised for a density that is 0 everywhere on [0, 1].
#
# ```python
# def expected_value(density, g, a, b):
#     """E[g(X)] for a random variable with (possibly unnormalised)
#     density on [a, b]: integral of g * density divided by the integral
#     of density. Limits may be infinite. Raises
#     ValueError("density integrates to zero") when the normalising
#     integral is 0.
#     """
# ```'''
# prompt = """
# I have densities that aren't normalised. Write `expected_value(density, g, a, b)` returning \
# E[g(X)] = integral of g*density / integral of density over [a, b] by quad (infinite limits \
# allowed), raising `ValueError("density integrates to zero")` if the normaliser is 0. Put \
# E[X^2] for the density e^(-x) on [0, inf) in `second_moment`, and the error message for a \
# density that is 0 everywhere on [0, 1] in `zero_error`."""
# task_type = 'function'
# domain = 'numerical_methods'
# libraries = ['scipy.integrate', 'numpy']
# inputs = {}
# checks = [
#     'np.isclose(second_moment, 2.0)',
#     # unnormalised Gaussian: E[X] is the centre, E[(X - 1)^2] the variance 4
#     'np.isclose(expected_value(lambda x: np.exp(-((x - 1) ** 2) / 8), lambda x: x, -np.inf, np.inf), 1.0)',
#     'np.isclose(expected_value(lambda x: np.exp(-((x - 1) ** 2) / 8), lambda x: (x - 1) ** 2, -np.inf, np.inf), 4.0)',
#     # uniform on [2, 5]: E[1/X] = ln(5/2) / 3
#     'np.isclose(expected_value(lambda x: 3.0, lambda x: 1 / x, 2, 5), np.log(2.5) / 3)',
#     'zero_error == "density integrates to zero"',
# ]
# difficulty = 'intermediate'
# tags = ['reusable-function', 'quadrature', 'improper-integral', 'probability-distributions', 'validation']
# ///
import numpy as np
from scipy.integrate import quad


def expected_value(density, g, a, b):
    """E[g(X)] for a random variable with (possibly unnormalised)
    density on [a, b]: integral of g * density divided by the integral
    of density. Limits may be infinite. Raises
    ValueError("density integrates to zero") when the normalising
    integral is 0.
    """
    total, _ = quad(density, a, b)
    if total == 0:
        raise ValueError("density integrates to zero")
    # dividing by the total normalises the density, whatever its scale
    weighted, _ = quad(lambda x: g(x) * density(x), a, b)
    return weighted / total


second_moment = expected_value(lambda x: np.exp(-x), lambda x: x**2, 0, np.inf)

try:
    expected_value(lambda x: 0.0, lambda x: x, 0, 1)
except ValueError as error:
    zero_error = str(error)
