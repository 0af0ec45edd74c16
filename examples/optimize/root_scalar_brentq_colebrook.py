# /// example
# task = """
# Solve the Colebrook equation 1/sqrt(f) = -2 log10(eps/3.7 + 2.51/(Re sqrt(f))) for the Darcy \
# friction factor `f` of a pipe with Reynolds number Re = 1e5 and relative roughness eps = 1e-4, \
# using `root_scalar(method="brentq")` on the bracket [1e-3, 0.1]; store the result in `sol` and \
# the friction factor in `friction`."""
# prompt = """
# What's the Darcy friction factor `f` for a pipe with Reynolds number Re = 1e5 and relative \
# roughness eps = 1e-4? Solve the Colebrook equation 1/sqrt(f) = -2 log10(eps/3.7 + 2.51/(Re \
# sqrt(f))) with Brent's method (brentq) on the bracket [1e-3, 0.1] via root_scalar; store the \
# result in `sol` and the friction factor in `friction`."""
# domain = 'numerical_methods'
# libraries = ['scipy.optimize', 'numpy']
# inputs = {}
# checks = [
#     'sol.converged and 1e-3 < friction < 0.1',
#     'abs(1 / np.sqrt(friction) + 2 * np.log10(1e-4 / 3.7 + 2.51 / (1e5 * np.sqrt(friction)))) < 1e-9',
#     # brentq's own iteration count on this bracket (bisection and Ridder's method take other counts)
#     "sol.iterations == scipy.optimize.root_scalar(lambda f: 1 / np.sqrt(f) + 2 * np.log10(1e-4 / 3.7 + 2.51 / (1e5 * np.sqrt(f))), bracket=[1e-3, 0.1], method='brentq').iterations",
# ]
# difficulty = 'basic'
# tags = ['root-finding', 'applied-science']
# ///
import numpy as np
from scipy import optimize

reynolds, roughness = 1e5, 1e-4


def colebrook(f):
    return 1 / np.sqrt(f) + 2 * np.log10(roughness / 3.7 + 2.51 / (reynolds * np.sqrt(f)))


# brentq needs opposite signs at the bracket ends: colebrook is positive at 1e-3 and negative
# at 0.1
sol = optimize.root_scalar(colebrook, bracket=[1e-3, 0.1], method="brentq")
friction = sol.root
