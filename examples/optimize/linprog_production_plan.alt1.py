import numpy as np
import scipy.optimize as opt

profit_per_unit = np.array([3.0, 5.0])
A_ub = np.array([[1.0, 0.0], [0.0, 2.0], [3.0, 2.0]])  # plants A, B, C
b_ub = np.array([4.0, 12.0, 18.0])

res = opt.linprog(-profit_per_unit, A_ub=A_ub, b_ub=b_ub, bounds=(0, None), method="highs")
plan = res.x
profit = -res.fun
# marginals are d(objective)/d(b_ub) of the minimisation; negate for profit per extra hour
shadow_prices = -res.ineqlin.marginals
