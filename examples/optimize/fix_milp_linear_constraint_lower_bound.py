# /// example
# task = """
# This code should choose which items to pack (each at most once) to maximise the total value \
# `values` with total weight `weights` at most 12, storing a 0/1 vector in `chosen` and the \
# packed value in `best_value`. It runs, but it packs every item, far over the 12 limit:
#
# ```python
# import numpy as np
# from scipy import optimize
#
# values = np.array([10, 13, 7, 8, 4])
# weights = np.array([5, 7, 4, 3, 2])
# capacity = optimize.LinearConstraint(weights, 12)
# result = optimize.milp(-values, constraints=capacity, integrality=np.ones(5), bounds=optimize.Bounds(0, 1))
# chosen = np.round(result.x).astype(int)
# best_value = values @ chosen
# ```
#
# Fix it."""
# prompt = """
# Small knapsack: item values `values`, weights `weights`, capacity 12, each item in or out. I want \
# the 0/1 choice in `chosen` and the total value in `best_value`, but this packs everything \
# (weight 21):
#
# ```python
# import numpy as np
# from scipy import optimize
#
# values = np.array([10, 13, 7, 8, 4])
# weights = np.array([5, 7, 4, 3, 2])
# capacity = optimize.LinearConstraint(weights, 12)
# result = optimize.milp(-values, constraints=capacity, integrality=np.ones(5), bounds=optimize.Bounds(0, 1))
# chosen = np.round(result.x).astype(int)
# best_value = values @ chosen
# ```"""
# task_type = 'fix'
# domain = 'numerical_methods'
# libraries = ['scipy.optimize', 'numpy']
# inputs = {}
# checks = [
#     'set(np.asarray(chosen).tolist()) <= {0, 1} and np.asarray(weights) @ np.asarray(chosen) <= 12',
#     # the best of all 32 subsets that fit
#     'best_value == max(int(np.asarray(values) @ np.array(s)) for s in np.ndindex(*(2,) * 5) if np.asarray(weights) @ np.array(s) <= 12)',
#     'best_value == np.asarray(values) @ np.asarray(chosen)',
# ]
# difficulty = 'intermediate'
# tags = ['debugging', 'linear-programming', 'operations-research']
# ///
import numpy as np
from scipy import optimize

values = np.array([10, 13, 7, 8, 4])
weights = np.array([5, 7, 4, 3, 2])
# LinearConstraint(A, lb, ub): a single positional bound is the LOWER bound, so pass ub by name
capacity = optimize.LinearConstraint(weights, ub=12)
result = optimize.milp(
    -values, constraints=capacity, integrality=np.ones(5), bounds=optimize.Bounds(0, 1)
)
chosen = np.round(result.x).astype(int)
best_value = values @ chosen
