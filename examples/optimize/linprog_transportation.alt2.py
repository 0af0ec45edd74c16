import numpy as np
import scipy.optimize as opt

costs = [[8, 6, 10], [9, 12, 13]]
supplies = [20, 30]
demands = [10, 25, 15]
n_depots, n_customers = len(supplies), len(demands)


def var(i, j):
    return i * n_customers + j


A_ub = np.zeros((n_depots, n_depots * n_customers))
A_eq = np.zeros((n_customers, n_depots * n_customers))
for i in range(n_depots):
    for j in range(n_customers):
        A_ub[i, var(i, j)] = 1  # depot i's outgoing total <= supply
        A_eq[j, var(i, j)] = 1  # customer j's incoming total == demand

res = opt.linprog(
    np.ravel(costs),
    A_ub=A_ub,
    b_ub=supplies,
    A_eq=A_eq,
    b_eq=demands,
    bounds=[(0, None)] * (n_depots * n_customers),
    method="highs",
)
shipments = res.x.reshape(n_depots, n_customers)
