# /// example
# task = """
# Locate all four minima of Himmelblau's function (x**2 + y - 11)**2 + (x + y**2 - 7)**2 on [-5, \
# 5]^2 with `shgo` (Sobol sampling, n=64, iters=3); its result lists every local minimum it found \
# in `res.xl` with values `res.funl`. Store the result in `res`."""
# domain = 'numerical_methods'
# libraries = ['scipy.optimize']
# inputs = {}
# checks = [
#     'res.success and res.fun < 1e-10',
#     'all(np.min(np.linalg.norm(res.xl - m, axis=1)) < 1e-4 for m in [(3.0, 2.0), (-2.805118, 3.131312), (-3.779310, -3.283186), (3.584428, -1.848126)])',
#     'np.all(res.funl < 1e-8)',
# ]
# difficulty = 'advanced'
# tags = ['global-optimization', 'multimodal']
# ///
from scipy import optimize


def himmelblau(p):
    x, y = p
    return (x**2 + y - 11) ** 2 + (x + y**2 - 7) ** 2


res = optimize.shgo(himmelblau, bounds=[(-5, 5), (-5, 5)], n=64, iters=3, sampling_method="sobol")
