# /// example
# task = """
# Minimise the Rosenbrock function from (-1.2, 1) with the `trust-exact` trust-region method, \
# giving it the exact gradient (`rosen_der`) and Hessian (`rosen_hess`). Store the minimiser in \
# `x_min`, the number of iterations in `n_iterations`, and raise a RuntimeError if the solver \
# does not report success."""
# prompt = """
# I can supply the exact gradient and Hessian of my objective (the Rosenbrock function: \
# `rosen_der`, `rosen_hess`), so I'd like a trust-region method that solves its subproblem \
# exactly, `trust-exact`, starting at (-1.2, 1). Return the minimiser in `x_min`, the iteration \
# count in `n_iterations`, and raise RuntimeError if it fails."""
# domain = 'numerical_methods'
# libraries = ['scipy.optimize']
# inputs = {}
# checks = [
#     'np.allclose(x_min, [1.0, 1.0], atol=1e-6)',
#     'np.linalg.norm(scipy.optimize.rosen_der(x_min)) < 1e-5',
#     # with the exact Hessian the run needs far fewer iterations than gradient descent would
#     'isinstance(n_iterations, (int, np.integer)) and 0 < n_iterations <= scipy.optimize.minimize(scipy.optimize.rosen, [-1.2, 1], jac=scipy.optimize.rosen_der, method="CG").nit',
# ]
# difficulty = 'intermediate'
# tags = ['minimization', 'derivatives', 'error-handling']
# ///
from scipy import optimize

result = optimize.minimize(
    optimize.rosen,
    x0=[-1.2, 1.0],
    method="trust-exact",
    jac=optimize.rosen_der,
    # trust-exact factorises the full Hessian at each step, so it must be supplied
    hess=optimize.rosen_hess,
)
if not result.success:
    raise RuntimeError(result.message)
x_min = result.x
n_iterations = result.nit
