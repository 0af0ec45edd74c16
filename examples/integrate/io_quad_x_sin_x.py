# /// example
# task = """
# Integrate the function below over [0, pi] with adaptive quadrature and store the value in \
# `area` and the solver's estimate of the absolute error in `abs_error`.
#
# ```text
# f(x) = x * sin(x),   0 <= x <= pi
# ```
#
# Wanted:
#
# ```text
# area = 3.1416 (exactly pi), abs_error < 1e-10
# ```"""
# prompt = """
# How do I numerically integrate this from 0 to pi with SciPy, getting the value `area` and the \
# error estimate `abs_error`?
#
# ```text
# f(x) = x * sin(x),   0 <= x <= pi
# ```
#
# By parts it should come out as
#
# ```text
# area = 3.1416 (exactly pi), abs_error < 1e-10
# ```"""
# task_type = 'input-output'
# domain = 'numerical_methods'
# libraries = ['scipy.integrate', 'numpy']
# inputs = {}
# checks = [
#     'round(float(area), 4) == 3.1416',
#     'np.isclose(area, np.pi, rtol=1e-10)',
#     '0 <= abs_error < 1e-10',
# ]
# difficulty = 'basic'
# tags = ['quadrature']
# ///
import numpy as np
from scipy import integrate


def integrand(x):
    return x * np.sin(x)


# quad returns the value and an estimate of its absolute error
area, abs_error = integrate.quad(integrand, 0, np.pi)
