# /// example
# task = """
# Compute the Laplace transform `F(s) = integral from 0 to inf of f(t) * exp(-s * t) dt` of \
# `f(t) = t * sin(t)` at the 40 points `s_values = np.linspace(0.5, 4, 40)` with a single \
# `scipy.integrate.quad_vec` call over t (the integrand returns the whole vector of s values), \
# letting a `ThreadPoolExecutor`'s `map` evaluate the integration intervals (`workers=`); store \
# the transform in `laplace`."""
# prompt = """
# I need the Laplace transform of `f(t) = t * sin(t)` at 40 values \
# `s_values = np.linspace(0.5, 4, 40)`, numerically. Rather than 40 separate quad calls I'd like \
# one `quad_vec` integration over t from 0 to infinity of a vector-valued integrand, with its \
# subintervals evaluated in parallel through a thread pool's `map` passed as `workers`. Store the \
# result in `laplace`."""
# domain = 'numerical_methods'
# libraries = ['scipy.integrate', 'numpy']
# inputs = {}
# checks = [
#     'np.allclose(s_values, np.linspace(0.5, 4, 40)) and laplace.shape == (40,)',
#     # the closed form: L{t sin t}(s) = 2 s / (s**2 + 1)**2
#     'np.allclose(laplace, 2 * s_values / (s_values**2 + 1) ** 2, rtol=1e-6, atol=1e-9)',
# ]
# difficulty = 'intermediate'
# tags = ['parallelism', 'improper-integral', 'quadrature']
# ///
from concurrent.futures import ThreadPoolExecutor

import numpy as np
from scipy.integrate import quad_vec

s_values = np.linspace(0.5, 4, 40)


def integrand(t):
    # one value per s: quad_vec refines the t intervals until every component has converged
    return t * np.sin(t) * np.exp(-s_values * t)


# workers accepts a map-like callable: the intervals being refined are evaluated in threads
with ThreadPoolExecutor(max_workers=2) as executor:
    laplace, error_estimate = quad_vec(integrand, 0, np.inf, workers=executor.map)
