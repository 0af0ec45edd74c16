# /// example
# task = """
# `profit[i, j]` is what salesperson i earns in region j. This code should give each salesperson \
# a different region so that the total profit is as LARGE as possible, storing the region of \
# each salesperson in `regions` and the total in `total_profit`. It runs, but the plan it finds \
# is the least profitable one:
#
# ```python
# import numpy as np
# from scipy.optimize import linear_sum_assignment
#
# profit = np.array([[7, 3, 9], [4, 8, 6], [5, 2, 4]])
# people, regions = linear_sum_assignment(profit)
# total_profit = profit[people, regions].sum()
# ```
#
# Fix it."""
# prompt = """
# I'm assigning 3 salespeople to 3 regions; `profit[i, j]` is what person i makes in region j, \
# and I want the assignment with the highest total profit (regions per person in `regions`, total \
# in `total_profit`):
#
# ```python
# import numpy as np
# from scipy.optimize import linear_sum_assignment
#
# profit = np.array([[7, 3, 9], [4, 8, 6], [5, 2, 4]])
# people, regions = linear_sum_assignment(profit)
# total_profit = profit[people, regions].sum()
# ```
#
# It gives me the worst plan instead of the best one."""
# task_type = 'fix'
# domain = 'numerical_methods'
# libraries = ['scipy.optimize', 'numpy']
# inputs = {}
# checks = [
#     'sorted(np.asarray(regions).tolist()) == [0, 1, 2]',
#     'total_profit == profit[np.arange(3), np.asarray(regions)].sum()',
#     # the best of the 6 possible plans
#     'total_profit == max(profit[np.arange(3), list(p)].sum() for p in __import__("itertools").permutations(range(3)))',
# ]
# difficulty = 'basic'
# tags = ['debugging', 'operations-research']
# ///
import numpy as np
from scipy.optimize import linear_sum_assignment

profit = np.array([[7, 3, 9], [4, 8, 6], [5, 2, 4]])
# linear_sum_assignment minimises the total by default; maximize=True looks for the largest
people, regions = linear_sum_assignment(profit, maximize=True)
total_profit = profit[people, regions].sum()
