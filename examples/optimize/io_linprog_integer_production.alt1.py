import numpy as np
from scipy import optimize

res = optimize.linprog(
    c=[-5, -4],  # negated profits: linprog only minimises
    A_ub=[[6, 4], [1, 2]],
    b_ub=[24, 6],
    integrality=np.ones(2, dtype=int),
    method="highs",
)
plan = res.x.round()
profit = float(np.dot([5, 4], plan))
