# /// example
# task = """
# Minimise SciPy's Rosenbrock function `scipy.optimize.rosen` over the box [0, 2] in each of 3 \
# dimensions with `differential_evolution` (`seed=1`), evaluating each generation's candidates in \
# 2 worker processes; store the result in `result`."""
# prompt = """
# Minimise SciPy's Rosenbrock function (`scipy.optimize.rosen`) over the box [0, 2] in each of 3 \
# dimensions with differential evolution, seed=1, evaluating each generation's candidates in \
# parallel with 2 worker processes. Store the result in `result`."""
# domain = 'numerical_methods'
# libraries = ['scipy.optimize']
# inputs = {}
# checks = [
#     'result.x.shape == (3,) and np.all((result.x >= 0) & (result.x <= 2))',
#     # the minimum is 0, at (1, 1, 1)
#     'np.allclose(result.x, 1, atol=1e-3) and result.fun < 1e-6',
#     'np.isclose(result.fun, scipy.optimize.rosen(result.x))',
# ]
# difficulty = 'intermediate'
# tags = ['parallelism', 'global-optimization']
# # seconds: a process pool starts its workers afresh in every run, each importing what the task needs
# # (scikit-learn: 10-20 s on a busy two-core machine before the first task runs)
# timeout = 120
# ///
from scipy.optimize import differential_evolution, rosen

bounds = [(0, 2)] * 3
# workers=2 evaluates a whole generation at once in a pool of 2 processes, which needs
# updating="deferred" (SciPy would switch to it, with a warning); the objective must be
# picklable: a module-level function such as rosen
result = differential_evolution(rosen, bounds, seed=1, workers=2, updating="deferred")
