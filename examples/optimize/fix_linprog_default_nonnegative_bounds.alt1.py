import numpy as np
from scipy import optimize

x = np.arange(8.0)
y = np.array([9.8, 9.1, 8.5, 7.4, 6.9, 6.1, 5.2, 4.6])
design = np.column_stack([np.ones_like(x), x])
# |y - design @ (a, b)| <= t as two blocks of "<=" rows
A_ub = np.block([[-design, -np.ones((8, 1))], [design, -np.ones((8, 1))]])
b_ub = np.concatenate([-y, y])
# every variable free: t cannot go negative anyway, since the rows force t >= |residual|
res = optimize.linprog([0, 0, 1], A_ub=A_ub, b_ub=b_ub, bounds=(None, None))
intercept, slope, max_error = res.x
