# /// example
# task = """
# Three couriers can each take one of three deliveries; the table below gives each courier's \
# travel time per delivery, with NaN where the courier cannot make that delivery. This code \
# should find the assignment with the smallest total time, storing the delivery of each courier \
# in `delivery_of` and the total time in `total_time`, but it raises an error:
#
# ```python
# import numpy as np
# from scipy.optimize import linear_sum_assignment
#
# minutes = np.array([[4.0, np.nan, 3.0], [2.0, 5.0, np.nan], [np.nan, 1.0, 6.0]])
# couriers, delivery_of = linear_sum_assignment(minutes)
# total_time = minutes[couriers, delivery_of].sum()
# ```
#
# ```text
# ValueError: matrix contains invalid numeric entries
# ```
#
# Fix it so that forbidden pairs are never chosen."""
# prompt = """
# I'm assigning three couriers to three deliveries to minimise total travel time; NaN marks a \
# courier who can't do that delivery. I want `delivery_of` (the delivery index for each courier) \
# and `total_time`:
#
# ```python
# import numpy as np
# from scipy.optimize import linear_sum_assignment
#
# minutes = np.array([[4.0, np.nan, 3.0], [2.0, 5.0, np.nan], [np.nan, 1.0, 6.0]])
# couriers, delivery_of = linear_sum_assignment(minutes)
# total_time = minutes[couriers, delivery_of].sum()
# ```
#
# ```text
# ValueError: matrix contains invalid numeric entries
# ```
#
# How do I mark the impossible pairs?"""
# task_type = 'fix'
# domain = 'numerical_methods'
# libraries = ['scipy.optimize', 'numpy']
# inputs = {}
# checks = [
#     # the only assignment avoiding every NaN with the least time: 3 + 2 + 1
#     'list(np.asarray(delivery_of)) == [2, 0, 1]',
#     'np.isclose(total_time, 6.0)',
# ]
# difficulty = 'intermediate'
# tags = ['debugging', 'operations-research', 'missing-data']
# ///
import numpy as np
from scipy.optimize import linear_sum_assignment

minutes = np.array([[4.0, np.nan, 3.0], [2.0, 5.0, np.nan], [np.nan, 1.0, 6.0]])
# NaN is rejected, but an infinite cost is allowed: it marks a pair the solver must avoid
costs = np.where(np.isnan(minutes), np.inf, minutes)
couriers, delivery_of = linear_sum_assignment(costs)
total_time = costs[couriers, delivery_of].sum()
