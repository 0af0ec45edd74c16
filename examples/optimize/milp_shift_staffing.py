# /// example
# task = """
# A help desk runs 6 four-hour periods a day with staff demand `demand`. Every worker covers two \
# consecutive periods starting at any period (the last period runs into the first). Find the \
# integer number of workers starting in each period, `starts`, that meets every period's demand \
# with the fewest workers in total, `total_workers`, using `milp`.
#
# ```text
# demand = [4, 8, 10, 7, 12, 4]
# ```"""
# prompt = """
# I staff a help desk in 6 four-hour blocks per day; the staff needed per block is `demand`:
#
# ```text
# demand = [4, 8, 10, 7, 12, 4]
# ```
#
# Each person works two blocks in a row (block 6 is followed by block 1 of the next day). How many \
# should start in each block (`starts`, whole numbers) so every block is covered, with as few \
# people as possible (`total_workers`)? Please solve it as a mixed-integer program."""
# domain = 'numerical_methods'
# libraries = ['scipy.optimize', 'numpy']
# inputs = {}
# checks = [
#     'np.allclose(starts, np.round(starts)) and np.all(np.asarray(starts) >= 0)',
#     # block t is covered by those starting in t and in t - 1 (cyclically)
#     'np.all(np.asarray(starts) + np.roll(np.asarray(starts), 1) >= np.array([4, 8, 10, 7, 12, 4]))',
#     'total_workers == round(np.sum(starts)) and total_workers == round(scipy.optimize.milp(np.ones(6), constraints=scipy.optimize.LinearConstraint(np.eye(6) + np.roll(np.eye(6), -1, axis=1), [4, 8, 10, 7, 12, 4], np.inf), integrality=np.ones(6)).fun)',
# ]
# difficulty = 'intermediate'
# tags = ['linear-programming', 'operations-research']
# ///
import numpy as np
from scipy import optimize

demand = np.array([4, 8, 10, 7, 12, 4])
n_periods = len(demand)
# coverage[t, s] = 1 when a worker starting in period s is on duty in period t (s = t or t - 1)
coverage = np.eye(n_periods) + np.roll(np.eye(n_periods), -1, axis=1)
result = optimize.milp(
    c=np.ones(n_periods),
    constraints=optimize.LinearConstraint(coverage, lb=demand, ub=np.inf),
    integrality=np.ones(n_periods),
    bounds=optimize.Bounds(0, np.inf),
)
starts = np.round(result.x).astype(int)
total_workers = int(starts.sum())
