# /// example
# task = """
# Place 4 departments in 4 sites along a corridor so that the total traffic cost is lowest: the \
# cost is the sum over department pairs (i, j) of flow[i, j] times distance[site_i, site_j], with \
# the matrices `flow` and `distance` below. \
# Solve this quadratic assignment problem with `quadratic_assignment` using the 2-opt method and \
# a NumPy Generator seeded with 0. Store each department's site index in `assignment` and the \
# cost in `total_cost`.
#
# ```text
# flow = [[0, 5, 2, 0],      distance = [[0, 1, 2, 3],
#         [5, 0, 3, 1],                  [1, 0, 1, 2],
#         [2, 3, 0, 4],                  [2, 1, 0, 1],
#         [0, 1, 4, 0]]                  [3, 2, 1, 0]]
# ```"""
# prompt = """
# I have to put 4 departments into 4 rooms along one corridor. `flow` is the number of trips \
# between departments and `distance` the distance between rooms:
#
# ```text
# flow = [[0, 5, 2, 0],      distance = [[0, 1, 2, 3],
#         [5, 0, 3, 1],                  [1, 0, 1, 2],
#         [2, 3, 0, 4],                  [2, 1, 0, 1],
#         [0, 1, 4, 0]]                  [3, 2, 1, 0]]
# ```
#
# I want the layout with the smallest sum of trips times distance. Use SciPy's quadratic \
# assignment solver with the 2-opt method (seed a NumPy Generator with 0), and give me the room \
# of each department in `assignment` and the cost in `total_cost`."""
# domain = 'numerical_methods'
# libraries = ['scipy.optimize', 'numpy']
# inputs = {}
# checks = [
#     'sorted(np.asarray(assignment).tolist()) == [0, 1, 2, 3]',
#     'np.isclose(total_cost, sum(flow[i, j] * distance[assignment[i], assignment[j]] for i in range(4) for j in range(4)))',
#     # the 2-opt search reaches the optimum of all 24 layouts
#     'np.isclose(total_cost, min(sum(flow[i, j] * distance[p[i], p[j]] for i in range(4) for j in range(4)) for p in __import__("itertools").permutations(range(4))))',
# ]
# difficulty = 'intermediate'
# tags = ['operations-research', 'global-optimization']
# ///
import numpy as np
from scipy import optimize

flow = np.array([[0, 5, 2, 0], [5, 0, 3, 1], [2, 3, 0, 4], [0, 1, 4, 0]])
distance = np.array([[0, 1, 2, 3], [1, 0, 1, 2], [2, 1, 0, 1], [3, 2, 1, 0]])

# 2-opt starts from a random layout and swaps pairs of departments while the cost drops
result = optimize.quadratic_assignment(
    flow, distance, method="2opt", options={"rng": np.random.default_rng(0)}
)
assignment = result.col_ind
total_cost = result.fun
