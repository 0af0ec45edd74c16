# /// example
# task = """
# Choose which of 3 warehouses to open and which open warehouse serves each of 4 customers, so \
# that opening costs `open_cost` plus delivery costs `delivery_cost[customer, warehouse]` are \
# smallest, as a mixed-integer program solved with `milp`. Every customer is served by exactly \
# one open warehouse. Store the 0/1 vector of open warehouses in `is_open`, the serving warehouse \
# of each customer in `served_by` and the total cost in `total_cost`.
#
# ```text
# open_cost     = [4, 5, 4]
# delivery_cost = [[2, 7, 4],
#                  [6, 2, 5],
#                  [5, 6, 1],
#                  [3, 8, 6]]
# ```"""
# prompt = """
# Classic facility location: 3 candidate warehouses with fixed costs `open_cost`, 4 customers with \
# delivery costs `delivery_cost` (rows customers, columns warehouses):
#
# ```text
# open_cost     = [4, 5, 4]
# delivery_cost = [[2, 7, 4],
#                  [6, 2, 5],
#                  [5, 6, 1],
#                  [3, 8, 6]]
# ```
#
# Each customer must be served by exactly one open warehouse. Using milp, which warehouses should \
# open (`is_open`, 0/1), who serves each customer (`served_by`, warehouse index) and what's the \
# total cost (`total_cost`)?"""
# domain = 'numerical_methods'
# libraries = ['scipy.optimize', 'numpy']
# inputs = {}
# checks = [
#     # try every non-empty set of open warehouses; each customer then uses its cheapest open one
#     'np.isclose(total_cost, min(np.asarray(open_cost)[list(s)].sum() + np.asarray(delivery_cost)[:, list(s)].min(axis=1).sum() for r in (1, 2, 3) for s in __import__("itertools").combinations(range(3), r)))',
#     'all(is_open[w] == 1 for w in served_by) and set(np.asarray(is_open).tolist()) <= {0, 1}',
#     'np.isclose(total_cost, np.asarray(open_cost) @ np.asarray(is_open) + np.asarray(delivery_cost)[np.arange(4), np.asarray(served_by)].sum())',
# ]
# difficulty = 'advanced'
# tags = ['linear-programming', 'operations-research']
# ///
import numpy as np
from scipy import optimize

open_cost = np.array([4, 5, 4])
delivery_cost = np.array([[2, 7, 4], [6, 2, 5], [5, 6, 1], [3, 8, 6]])
n_customers, n_sites = delivery_cost.shape

# variables: [y_0..y_2 (open), x_00..x_32 (customer i served by warehouse j), row-major]
costs = np.concatenate([open_cost, delivery_cost.ravel()])
n_assign = n_customers * n_sites
# each customer served exactly once: sum_j x_ij = 1
serve_once = np.hstack(
    [np.zeros((n_customers, n_sites)), np.kron(np.eye(n_customers), np.ones(n_sites))]
)
# only by an open warehouse: x_ij - y_j <= 0
only_if_open = np.hstack([-np.tile(np.eye(n_sites), (n_customers, 1)), np.eye(n_assign)])
result = optimize.milp(
    costs,
    constraints=[
        optimize.LinearConstraint(serve_once, 1, 1),
        optimize.LinearConstraint(only_if_open, -np.inf, 0),
    ],
    integrality=np.ones(costs.size),
    bounds=optimize.Bounds(0, 1),
)
is_open = np.round(result.x[:n_sites]).astype(int)
served_by = np.round(result.x[n_sites:]).reshape(n_customers, n_sites).argmax(axis=1)
total_cost = result.fun
