# /// example
# task = """
# Ship goods from 2 depots (supplies 20 and 30) to 3 customers (demands 10, 25 and 15) at unit \
# costs [[8, 6, 10], [9, 12, 13]] at least total cost: a `linprog(method="highs")` problem with \
# supply limits as `A_ub` and demands met exactly as `A_eq`; store the result in `res` and the 2 \
# x 3 shipment matrix in `shipments`."""
# prompt = """
# I need to ship goods from 2 depots (supplies 20 and 30) to 3 customers (demands 10, 25 and 15) \
# with unit costs [[8, 6, 10], [9, 12, 13]] at minimum total cost. Set it up as a linear program \
# for scipy's HiGHS solver, with supply limits as inequality constraints and demands met exactly \
# as equalities; keep the result in `res` and the 2 x 3 shipment matrix in `shipments`."""
# domain = 'numerical_methods'
# libraries = ['scipy.optimize', 'numpy']
# inputs = {}
# checks = [
#     'res.success and shipments.shape == (2, 3) and np.all(shipments >= -1e-9)',
#     'np.allclose(shipments.sum(axis=0), [10, 25, 15]) and np.all(shipments.sum(axis=1) <= np.array([20, 30]) + 1e-9)',
#     'np.isclose((shipments * np.array([[8, 6, 10], [9, 12, 13]])).sum(), 465.0)',
# ]
# difficulty = 'intermediate'
# tags = ['linear-programming', 'operations-research']
# ///
import numpy as np
from scipy import optimize

cost = np.array([[8.0, 6.0, 10.0], [9.0, 12.0, 13.0]])
supply = np.array([20.0, 30.0])
demand = np.array([10.0, 25.0, 15.0])
n_depots, n_customers = cost.shape
# decision variables are the flattened (depot, customer) shipments, row by row
A_supply = np.kron(np.eye(n_depots), np.ones(n_customers))
A_demand = np.kron(np.ones(n_depots), np.eye(n_customers))
res = optimize.linprog(
    cost.ravel(),
    A_ub=A_supply,
    b_ub=supply,
    A_eq=A_demand,
    b_eq=demand,
    bounds=(0, None),
    method="highs",
)
shipments = res.x.reshape(n_depots, n_customers)
