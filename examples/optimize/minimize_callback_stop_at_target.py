# /// example
# task = """
# Minimise the Rosenbrock function (`scipy.optimize.rosen`, with its gradient `rosen_der`) from \
# the start (-1.2, 1) with BFGS, but stop the run as soon as the objective drops below 1e-6: use \
# a callback that receives the intermediate result, records its objective value in the list \
# `history` and raises `StopIteration` at the target. Keep the result object in `result`."""
# prompt = """
# I only need the Rosenbrock minimum (`rosen` / `rosen_der`, start at (-1.2, 1), BFGS) to an \
# objective of 1e-6, not to full precision. Can a callback stop the run early? Record every \
# iteration's objective value in a list `history`, stop once it is below 1e-6, and keep the \
# minimize output in `result`."""
# domain = 'numerical_methods'
# libraries = ['scipy.optimize']
# inputs = {}
# checks = [
#     'history[-1] < 1e-6 and all(value >= 1e-6 for value in history[:-1])',
#     'np.isclose(result.fun, history[-1]) and np.isclose(scipy.optimize.rosen(result.x), history[-1])',
#     # the run stopped early: fewer iterations than the full run needs
#     'result.nit == len(history) < scipy.optimize.minimize(scipy.optimize.rosen, [-1.2, 1], jac=scipy.optimize.rosen_der, method="BFGS").nit',
# ]
# difficulty = 'intermediate'
# tags = ['minimization', 'convergence']
# ///
from scipy import optimize

history = []


# a callback whose only parameter is named intermediate_result gets the current OptimizeResult
def stop_at_target(intermediate_result):
    history.append(intermediate_result.fun)
    if intermediate_result.fun < 1e-6:
        raise StopIteration


result = optimize.minimize(
    optimize.rosen,
    x0=[-1.2, 1.0],
    jac=optimize.rosen_der,
    method="BFGS",
    callback=stop_at_target,
)
