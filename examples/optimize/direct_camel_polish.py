# /// example
# task = """
# Find the global minimum of the six-hump camel function \
# f(x, y) = (4 - 2.1 x^2 + x^4 / 3) x^2 + x y + (-4 + 4 y^2) y^2 on -3 <= x <= 3, -2 <= y <= 2 \
# with the DIRECT algorithm (`scipy.optimize.direct`), stopping after about 500 function \
# evaluations, and store its result in `coarse`. Then polish its best point with a bounded \
# gradient-based local minimisation (L-BFGS-B, same bounds) and store that result in `polished`."""
# prompt = """
# The six-hump camel function f(x, y) = (4 - 2.1 x^2 + x^4 / 3) x^2 + x y + (-4 + 4 y^2) y^2 \
# has six local minima on -3 <= x <= 3, -2 <= y <= 2, and I want the global one. Run DIRECT \
# over that box with a budget of about 500 function evaluations and keep its result in \
# `coarse`, then refine the best point it found with L-BFGS-B inside the same bounds and keep \
# that result in `polished`."""
# domain = 'numerical_methods'
# libraries = ['scipy.optimize', 'numpy']
# inputs = {}
# checks = [
#     # a dense grid over the box can never go below the true global minimum
#     '(lambda x, y: polished.fun <= ((4 - 2.1 * x**2 + x**4 / 3) * x**2 + x * y + (-4 + 4 * y**2) * y**2).min() + 1e-9)(*np.meshgrid(np.linspace(-3, 3, 601), np.linspace(-2, 2, 401)))',
#     '(lambda x, y: np.isclose(polished.fun, (4 - 2.1 * x**2 + x**4 / 3) * x**2 + x * y + (-4 + 4 * y**2) * y**2))(*polished.x)',
#     # a gradient-based local method reports the (near-zero) gradient at its end point
#     'polished.success and polished.fun <= coarse.fun and np.allclose(polished.jac, 0, atol=1e-4)',
#     'np.all(np.abs(polished.x) <= [3, 2])',
#     # DIRECT already lands in the global basin, within a small distance of the minimiser
#     'np.linalg.norm(coarse.x - polished.x) < 0.05 and 0 < coarse.nfev < 1000',
# ]
# difficulty = 'intermediate'
# tags = ['global-optimization', 'minimization', 'constrained-optimization']
# ///
from scipy.optimize import direct, minimize


def camel(p):
    x, y = p
    return (4 - 2.1 * x**2 + x**4 / 3) * x**2 + x * y + (-4 + 4 * y**2) * y**2


bounds = [(-3, 3), (-2, 2)]
# DIRECT divides the box deterministically: no seed, and it stops at the evaluation budget
coarse = direct(camel, bounds, maxfun=500)
polished = minimize(camel, coarse.x, method="L-BFGS-B", bounds=bounds)
