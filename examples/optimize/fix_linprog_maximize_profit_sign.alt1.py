import numpy as np
from scipy import optimize

unit_profit = np.array([20.0, 30.0])
hours_needed = np.array([[1.0, 2.0], [3.0, 2.0]])
hours_available = np.array([40.0, 60.0])
solution = optimize.linprog(-unit_profit, A_ub=hours_needed, b_ub=hours_available, method="highs")
plan = solution.x
profit = float(unit_profit @ plan)
