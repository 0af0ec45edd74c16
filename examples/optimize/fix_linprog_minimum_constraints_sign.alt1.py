import numpy as np
from scipy.optimize import LinearConstraint, milp

price = np.array([0.60, 0.35])
nutrients = LinearConstraint([[5, 7], [4, 2], [2, 1]], lb=[8, 15, 3], ub=np.inf)
solution = milp(price, constraints=nutrients)
amounts = solution.x
cost = float(price @ amounts)
