# /// example
# task = """
# This code should find the point (x, y) closest to (2, 2), i.e. minimising \
# (x - 2)^2 + (y - 2)^2, subject to the budget constraint x + y <= 3, with SLSQP starting from \
# (0, 0), and store the result in `res`:
#
# ```python
# from scipy.optimize import minimize
#
# budget = {"type": "ineq", "fun": lambda p: p[0] + p[1] - 3}
# res = minimize(lambda p: (p[0] - 2) ** 2 + (p[1] - 2) ** 2, x0=[0.0, 0.0], method="SLSQP", constraints=[budget])
# ```
#
# It runs and reports success, but returns (2, 2), where x + y = 4 breaks the budget. Fix it."""
# prompt = """
# I minimise (x - 2)^2 + (y - 2)^2 under the constraint x + y <= 3 with SLSQP from (0, 0), result \
# in `res`:
#
# ```python
# from scipy.optimize import minimize
#
# budget = {"type": "ineq", "fun": lambda p: p[0] + p[1] - 3}
# res = minimize(lambda p: (p[0] - 2) ** 2 + (p[1] - 2) ** 2, x0=[0.0, 0.0], method="SLSQP", constraints=[budget])
# ```
#
# It says it succeeded but gives (2, 2), which violates x + y <= 3. Is the constraint ignored?"""
# task_type = 'fix'
# domain = 'numerical_methods'
# libraries = ['scipy.optimize']
# inputs = {}
# checks = [
#     'res.success',
#     'res.x[0] + res.x[1] <= 3 + 1e-6',
#     # the closest point of the half-plane x + y <= 3 to (2, 2) is its projection (1.5, 1.5)
#     'np.allclose(res.x, [1.5, 1.5], atol=1e-4)',
#     'np.isclose(res.fun, 0.5, atol=1e-6)',
# ]
# difficulty = 'intermediate'
# tags = ['debugging', 'constrained-optimization', 'minimization']
# ///
from scipy.optimize import minimize

# an "ineq" constraint means fun(p) >= 0, so x + y <= 3 is written as 3 - x - y >= 0
budget = {"type": "ineq", "fun": lambda p: 3 - p[0] - p[1]}
res = minimize(
    lambda p: (p[0] - 2) ** 2 + (p[1] - 2) ** 2, x0=[0.0, 0.0], method="SLSQP", constraints=[budget]
)
