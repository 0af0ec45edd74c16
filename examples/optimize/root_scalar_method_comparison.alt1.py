import math

from scipy.optimize import root_scalar

roots = {}
iterations = {}
for method in ("bisect", "brentq", "ridder", "toms748"):
    sol = root_scalar(lambda x: math.cos(x) - x, bracket=(0.0, 1.0), method=method, xtol=1e-12)
    roots[method] = sol.root
    iterations[method] = sol.iterations
