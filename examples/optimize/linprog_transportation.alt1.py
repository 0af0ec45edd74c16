import numpy as np
from scipy.optimize import linprog

supply = np.array([20, 30])
demand = np.array([10, 25, 15])
cost = np.array([[8, 6, 10], [9, 12, 13]])
n_dep, n_cus = cost.shape

# variables are the shipments flattened row by row: x[i * n_cus + j] from depot i to customer j
A_ub = np.kron(np.eye(n_dep), np.ones(n_cus))  # each depot ships at most its supply
A_eq = np.kron(np.ones(n_dep), np.eye(n_cus))  # each customer receives exactly its demand
res = linprog(cost.ravel(), A_ub=A_ub, b_ub=supply, A_eq=A_eq, b_eq=demand, method="highs")
shipments = res.x.reshape(n_dep, n_cus)
