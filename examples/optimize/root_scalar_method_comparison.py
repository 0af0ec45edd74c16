# /// example
# task = """
# Solve cos(x) = x on the bracket [0, 1] with `root_scalar` using each bracketing method \
# "bisect", "brentq", "ridder" and "toms748" at xtol=1e-12; store the roots in the dict `roots` \
# and the iteration counts in the dict `iterations`, both keyed by method name."""
# prompt = """
# I want to compare bracketing root finders on cos(x) = x over [0, 1]: run root_scalar with \
# "bisect", "brentq", "ridder" and "toms748" at xtol=1e-12. Store the roots in a dict `roots` and \
# the iteration counts in a dict `iterations`, both keyed by those method names."""
# domain = 'numerical_methods'
# libraries = ['scipy.optimize', 'numpy']
# inputs = {}
# checks = [
#     "set(roots) == {'bisect', 'brentq', 'ridder', 'toms748'} and set(iterations) == set(roots)",
#     'all(abs(np.cos(r) - r) < 1e-10 for r in roots.values())',
#     # bisection halves the bracket each step; the others converge superlinearly
#     "iterations['bisect'] > 2 * max(iterations['brentq'], iterations['ridder'], iterations['toms748'])",
# ]
# difficulty = 'intermediate'
# tags = ['root-finding', 'parameter-choice']
# ///
import numpy as np
from scipy import optimize

roots, iterations = {}, {}
for method in ["bisect", "brentq", "ridder", "toms748"]:
    # the same bracket and xtol for every method, so the iteration counts compare the algorithms
    sol = optimize.root_scalar(lambda x: np.cos(x) - x, bracket=[0, 1], method=method, xtol=1e-12)
    roots[method] = sol.root
    iterations[method] = sol.iterations
