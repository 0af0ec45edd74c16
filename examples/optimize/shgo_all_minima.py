# /// example
# task = """
# Locate all four minima of Himmelblau's function (x**2 + y - 11)**2 + (x + y**2 - 7)**2 on [-5, \
# 5]^2 with `shgo` (Sobol sampling, n=64, iters=3); its result lists every local minimum it found \
# in `res.xl` with values `res.funl`. Store the result in `res`."""
# prompt = """
# Himmelblau's function (x**2 + y - 11)**2 + (x + y**2 - 7)**2 has four minima on [-5, 5]^2 and I \
# want all of them. Use SHGO with Sobol sampling, n=64 and iters=3, so that the result lists \
# every local minimum it found (with their values); store the result in `res`."""
# domain = 'numerical_methods'
# libraries = ['scipy.optimize']
# inputs = {}
# checks = [
#     'res.success and res.fun < 1e-10',
#     'all(np.min(np.linalg.norm(res.xl - m, axis=1)) < 1e-4 for m in [(3.0, 2.0), (-2.805118, 3.131312), (-3.779310, -3.283186), (3.584428, -1.848126)])',
#     'np.all(res.funl < 1e-8)',
#     # the stated sampling (64 Sobol points per iteration, 3 iterations) fixes the evaluations it makes
#     "res.nfev == scipy.optimize.shgo(lambda p: (p[0]**2 + p[1] - 11)**2 + (p[0] + p[1]**2 - 7)**2, bounds=[(-5, 5), (-5, 5)], n=64, iters=3, sampling_method='sobol').nfev",
# ]
# difficulty = 'advanced'
# tags = ['global-optimization']
# ///
from scipy import optimize


def himmelblau(p):
    x, y = p
    return (x**2 + y - 11) ** 2 + (x + y**2 - 7) ** 2


# shgo runs a local search from each minimiser of its sample complex; res.xl keeps every local
# minimum found, sorted by value
res = optimize.shgo(himmelblau, bounds=[(-5, 5), (-5, 5)], n=64, iters=3, sampling_method="sobol")
