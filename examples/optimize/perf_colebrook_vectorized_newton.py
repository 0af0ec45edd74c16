# /// example
# task = """
# This loop solves the Colebrook equation for the Darcy friction factor f at each of 200 \
# Reynolds numbers `reynolds` (relative roughness 1e-4), writing it in x = 1 / sqrt(f), and \
# stores the factors in `friction`:
#
# ```python
# import numpy as np
# from scipy.optimize import brentq
#
# ROUGHNESS = 1e-4
# reynolds = np.geomspace(4e3, 1e8, 200)
#
#
# def colebrook(x, re):
#     return x + 2 * np.log10(ROUGHNESS / 3.7 + 2.51 * x / re)
#
#
# friction = np.array([1 / brentq(colebrook, 1.0, 20.0, args=(re,)) ** 2 for re in reynolds])
# ```
#
# Replace the loop of scalar root finds with one vectorised root-finder call that solves all \
# 200 equations at once and gives the same `friction`."""
# prompt = """
# I build a friction-factor table from the Colebrook equation (relative roughness 1e-4) for 200 \
# Reynolds numbers `reynolds`, solving for x = 1 / sqrt(f) with brentq one value at a time, into \
# `friction`:
#
# ```python
# import numpy as np
# from scipy.optimize import brentq
#
# ROUGHNESS = 1e-4
# reynolds = np.geomspace(4e3, 1e8, 200)
#
#
# def colebrook(x, re):
#     return x + 2 * np.log10(ROUGHNESS / 3.7 + 2.51 * x / re)
#
#
# friction = np.array([1 / brentq(colebrook, 1.0, 20.0, args=(re,)) ** 2 for re in reynolds])
# ```
#
# Can scipy solve all of them in one array call instead?"""
# task_type = 'performance'
# domain = 'numerical_methods'
# libraries = ['scipy.optimize', 'numpy']
# inputs = {}
# checks = [
#     'np.allclose(reynolds, np.geomspace(4e3, 1e8, 200)) and np.shape(friction) == (200,)',
#     # every factor satisfies Colebrook: 1 / sqrt(f) = -2 log10(eps / 3.7 + 2.51 / (Re sqrt(f)))
#     'np.allclose(1 / np.sqrt(friction), -2 * np.log10(1e-4 / 3.7 + 2.51 / (reynolds * np.sqrt(friction))), rtol=1e-10, atol=1e-10)',
#     'np.all(np.diff(friction) < 0)',
# ]
# difficulty = 'advanced'
# tags = ['vectorization', 'root-finding', 'applied-science']
# ///
import numpy as np
from scipy import optimize

ROUGHNESS = 1e-4
reynolds = np.geomspace(4e3, 1e8, 200)


def colebrook(x, re):
    return x + 2 * np.log10(ROUGHNESS / 3.7 + 2.51 * x / re)


def colebrook_slope(x, re):
    return 1 + 2 / np.log(10) * (2.51 / re) / (ROUGHNESS / 3.7 + 2.51 * x / re)


# with an array x0, newton iterates all 200 equations element-wise in one call
x = optimize.newton(
    colebrook, np.full(reynolds.size, 8.0), fprime=colebrook_slope, args=(reynolds,)
)
friction = 1 / x**2
