# /// example
# task = """
# Find every intersection of the circle x**2 + y**2 = 4 with the curve y = exp(x) - 1 by running \
# `fsolve(..., full_output=True)` from the starting points (1, 1), (-2, -1) and (0, -3), \
# discarding runs whose flag `ier` is not 1 and duplicates; store the distinct solutions as an \
# array `roots` with one row per intersection."""
# prompt = """
# The circle x**2 + y**2 = 4 and the curve y = exp(x) - 1 intersect more than once. Run fsolve \
# with full output from the starting points (1, 1), (-2, -1) and (0, -3), throw away runs whose \
# ier flag isn't 1 and any duplicates, and put the distinct intersections in an array `roots` \
# with one row (x, y) per point."""
# domain = 'numerical_methods'
# libraries = ['scipy.optimize', 'numpy']
# inputs = {}
# checks = [
#     'roots.shape == (2, 2)',
#     'np.allclose(roots[:, 0]**2 + roots[:, 1]**2, 4, atol=1e-8)',
#     'np.allclose(roots[:, 1], np.exp(roots[:, 0]) - 1, atol=1e-8)',
# ]
# difficulty = 'intermediate'
# tags = ['root-finding', 'nonlinear-system', 'error-handling']
# ///
import numpy as np
from scipy import optimize


def equations(v):
    x, y = v
    return [x**2 + y**2 - 4, y - np.exp(x) + 1]


found = []
for start in [(1.0, 1.0), (-2.0, -1.0), (0.0, -3.0)]:
    solution, info, ier, message = optimize.fsolve(equations, start, full_output=True)
    if ier != 1:  # not converged: skip this start rather than trust the point
        continue
    if not any(np.allclose(solution, other, atol=1e-8) for other in found):
        found.append(solution)
roots = np.array(found)
