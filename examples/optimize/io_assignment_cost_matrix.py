# /// example
# task = """
# Build the cost table below as the DataFrame `costs` (rows are workers, columns are jobs) and \
# assign each worker one job so the total cost is smallest. Store the chosen job per worker in \
# `assignment` (a dict worker -> job) and the total in `total_cost`.
#
# ```text
#        job_a  job_b  job_c
# ann        4      1      3
# bob        2      0      5
# cy         3      2      2
# ```
#
# Wanted:
#
# ```text
# assignment = {'ann': 'job_b', 'bob': 'job_a', 'cy': 'job_c'}
# total_cost = 5
# ```"""
# prompt = """
# Three workers, three jobs, and this cost table (`costs`); I need the cheapest `assignment` and its `total_cost`:
#
# ```text
#        job_a  job_b  job_c
# ann        4      1      3
# bob        2      0      5
# cy         3      2      2
# ```
#
# I want the cheapest one-job-per-worker assignment; by hand I got
#
# ```text
# assignment = {'ann': 'job_b', 'bob': 'job_a', 'cy': 'job_c'}
# total_cost = 5
# ```
#
# How do I compute `assignment` and `total_cost` for bigger tables?"""
# task_type = 'input-output'
# domain = 'numerical_methods'
# libraries = ['scipy.optimize', 'pandas']
# inputs = {}
# checks = [
#     'assignment == {"ann": "job_b", "bob": "job_a", "cy": "job_c"}',
#     'total_cost == 5',
#     'costs.to_numpy().tolist() == [[4, 1, 3], [2, 0, 5], [3, 2, 2]]',
# ]
# difficulty = 'basic'
# tags = ['minimization']
# ///
import pandas as pd
from scipy import optimize

costs = pd.DataFrame(
    [[4, 1, 3], [2, 0, 5], [3, 2, 2]],
    index=["ann", "bob", "cy"],
    columns=["job_a", "job_b", "job_c"],
)
# the Hungarian-type solver minimises the summed cost over one-to-one assignments
rows, cols = optimize.linear_sum_assignment(costs.to_numpy())
assignment = dict(zip(costs.index[rows], costs.columns[cols], strict=True))
total_cost = int(costs.to_numpy()[rows, cols].sum())
