# /// example
# task = """
# Find the point of the unit disk (x**2 + y**2 <= 1, a `NonlinearConstraint` with its Jacobian) \
# that also satisfies x - y >= 0.2 (a `LinearConstraint`) and lies in the box [0, 1]^2 (`Bounds`) \
# closest to (2, 2), using `minimize(method="trust-constr")` with the objective's gradient and \
# Hessian; store the result in `res` and the point in `point`."""
# prompt = """
# Which point of the unit disk x**2 + y**2 <= 1 (a nonlinear constraint with its Jacobian), that \
# also satisfies x - y >= 0.2 (a linear constraint) and lies in the box [0, 1]^2, is closest to \
# (2, 2)? Solve it with the trust-constr method, giving the objective's gradient and Hessian and \
# tight tolerances, and store the result in `res` and the point in `point`."""
# domain = 'numerical_methods'
# libraries = ['scipy.optimize', 'numpy']
# inputs = {}
# checks = [
#     'res.success and res.constr_violation < 1e-8',
#     'point @ point <= 1 + 1e-6 and point[0] - point[1] >= 0.2 - 1e-6',
#     'np.allclose(point, [0.8, 0.6], atol=1e-5)',
# ]
# difficulty = 'advanced'
# tags = ['minimization', 'constrained-optimization']
# ///
import numpy as np
from scipy import optimize

target = np.array([2.0, 2.0])
# the constraint's Jacobian has one row per constraint and one column per variable: 1 x 2
disk = optimize.NonlinearConstraint(
    lambda p: p @ p, -np.inf, 1.0, jac=lambda p: 2 * p.reshape(1, -1)
)
gap = optimize.LinearConstraint([[1.0, -1.0]], lb=0.2, ub=np.inf)
box = optimize.Bounds([0.0, 0.0], [1.0, 1.0])
res = optimize.minimize(
    lambda p: np.sum((p - target) ** 2),
    x0=[0.5, 0.0],
    jac=lambda p: 2 * (p - target),
    hess=lambda p: 2 * np.eye(2),
    method="trust-constr",
    constraints=[disk, gap],
    bounds=box,
    # with the default tolerances (1e-8 each) the iterations stop about 4e-5 from the exact point
    # (0.8, 0.6)
    options={"gtol": 1e-10, "xtol": 1e-12},
)
point = res.x
