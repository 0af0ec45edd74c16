import numpy as np
from scipy import optimize

# linprog's HiGHS backend accepts integrality too (default bounds keep counts >= 0)
result = optimize.linprog(
    c=[300, 140], A_ub=[[-10, -4]], b_ub=[-37], integrality=[1, 1], method="highs"
)
trucks = np.round(result.x)
cost = float(np.dot([300, 140], trucks))
