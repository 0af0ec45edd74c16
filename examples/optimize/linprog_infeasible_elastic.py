# /// example
# task = """
# Plan production x, y (each at most 1 unit, costs 2 and 3) that must cover a demand of x + y >= \
# 3. Solve with `linprog(method="highs")`, check `res.status` (2 means infeasible), store the \
# first status in `first_status`, and if infeasible re-solve an elastic version with a shortfall \
# variable penalised at 100 per unit; store the final plan in `plan` and the unmet demand in \
# `shortfall`."""
# prompt = """
# I'm planning production of x and y (each at most 1 unit, costing 2 and 3 per unit) that must \
# cover a demand x + y >= 3. Solve it as an LP with HiGHS, store the status in `first_status` (2 \
# means infeasible), and if it's infeasible re-solve an elastic version with a shortfall variable \
# penalised at 100 per unit. Store the final result in `res`, the plan in `plan` and the unmet \
# demand in `shortfall`."""
# domain = 'numerical_methods'
# libraries = ['scipy.optimize', 'numpy']
# inputs = {}
# checks = [
#     'first_status == 2',
#     'res.success and np.shape(plan) == (2,) and np.allclose(plan, [1.0, 1.0])',
#     'np.isclose(shortfall, 1.0)',
# ]
# difficulty = 'advanced'
# tags = ['linear-programming', 'error-handling']
# ///
import numpy as np
from scipy import optimize

cost = np.array([2.0, 3.0])
A_ub = -np.array([[1.0, 1.0]])  # x + y >= 3 written as -(x + y) <= -3
b_ub = np.array([-3.0])
res = optimize.linprog(cost, A_ub=A_ub, b_ub=b_ub, bounds=[(0, 1), (0, 1)], method="highs")
first_status = res.status
shortfall = 0.0
plan = res.x
if res.status == 2:
    # elastic model: a penalised shortfall s >= 0 turns the hard demand into a soft one
    res = optimize.linprog(
        np.append(cost, 100.0),
        A_ub=np.hstack([A_ub, -np.ones((1, 1))]),
        b_ub=b_ub,
        bounds=[(0, 1), (0, 1), (0, None)],
        method="highs",
    )
    plan, shortfall = res.x[:2], res.x[2]
