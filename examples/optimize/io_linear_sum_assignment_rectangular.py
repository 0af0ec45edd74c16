# /// example
# task = """
# Three drivers can each take one of four delivery jobs; `cost[i, j]` is the minutes driver i \
# needs for job j. Give every driver a different job so the total time is smallest (one job stays \
# open). Store the job of each driver (in driver order) in `jobs` and the total in `total_minutes`.
#
# ```text
# cost = [[9, 2, 7, 8],
#         [6, 4, 3, 7],
#         [5, 8, 1, 8]]
# ```
#
# Wanted:
#
# ```text
# jobs          = [1, 0, 2]
# total_minutes = 9
# ```"""
# prompt = """
# I have 3 drivers and 4 jobs, minutes in
#
# ```text
# cost = [[9, 2, 7, 8],
#         [6, 4, 3, 7],
#         [5, 8, 1, 8]]
# ```
#
# Each driver gets exactly one job and no job goes to two drivers. What's the quickest plan? Put \
# the job index for each driver in `jobs` and the total in `total_minutes`; I think it should be
#
# ```text
# jobs          = [1, 0, 2]
# total_minutes = 9
# ```"""
# task_type = 'input-output'
# domain = 'numerical_methods'
# libraries = ['scipy.optimize', 'numpy']
# inputs = {}
# checks = [
#     'np.array_equal(jobs, [1, 0, 2])',
#     'total_minutes == 9',
# ]
# difficulty = 'basic'
# tags = ['operations-research']
# ///
import numpy as np
from scipy import optimize

cost = np.array([[9, 2, 7, 8], [6, 4, 3, 7], [5, 8, 1, 8]])
# a rectangular matrix is fine: every row is matched and one column is left over
drivers, jobs = optimize.linear_sum_assignment(cost)
total_minutes = cost[drivers, jobs].sum()
