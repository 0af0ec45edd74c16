from scipy.optimize import linprog

res = linprog(
    c=[-40, -30],
    A_ub=[[1, 1], [2, 1]],
    b_ub=[12, 16],
    bounds=(0, None),
    method="highs",
)
if not res.success:
    raise RuntimeError(res.message)
plan = res.x
profit = float(-res.fun)
