# /// example
# task = """
# A workshop makes two products with profits 3 and 5 per unit; product 1 uses 1 h of plant A (4 h \
# available), product 2 uses 2 h of plant B (12 h available), and both share plant C (3 h and 2 h \
# per unit, 18 h available): constraint matrix `A_ub`, limits `b_ub`. Find the profit-maximising \
# plan `plan` with `linprog(method="highs")` (minimise the negative profit; result in `res`), its \
# profit `profit`, and the shadow prices of the three plant constraints `shadow_prices` from the \
# dual marginals."""
# prompt = """
# A workshop makes two products with profits 3 and 5 per unit. Product 1 uses 1 h of plant A (4 h \
# available), product 2 uses 2 h of plant B (12 h available), and both use plant C (3 h and 2 h \
# per unit, 18 h available); put the constraint matrix in `A_ub` and limits in `b_ub`. Solve the \
# LP with HiGHS by minimising negative profit (result in `res`), and report the best `plan`, its \
# `profit` and the shadow prices of the three plant constraints in `shadow_prices` (positive, in \
# profit per hour, from the dual marginals)."""
# domain = 'numerical_methods'
# libraries = ['scipy.optimize', 'numpy']
# inputs = {}
# checks = [
#     'res.status == 0 and np.all(A_ub @ plan <= b_ub + 1e-9) and np.all(plan >= -1e-12)',
#     'np.isclose(profit, 36.0) and np.allclose(plan, [2.0, 6.0])',
#     # strong duality: the resources valued at their shadow prices are worth the optimal profit
#     'np.isclose(shadow_prices @ b_ub, profit) and np.all(shadow_prices >= -1e-12)',
# ]
# difficulty = 'basic'
# tags = ['linear-programming', 'operations-research']
# ///
import numpy as np
from scipy import optimize

profit_per_unit = np.array([3.0, 5.0])
A_ub = np.array([[1.0, 0.0], [0.0, 2.0], [3.0, 2.0]])
b_ub = np.array([4.0, 12.0, 18.0])
res = optimize.linprog(-profit_per_unit, A_ub=A_ub, b_ub=b_ub, bounds=(0, None), method="highs")
plan = res.x
profit = -res.fun
# marginals are d(objective)/d(b_ub); flip the sign because we minimised -profit
shadow_prices = -res.ineqlin.marginals
