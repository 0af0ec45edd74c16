# /// example
# task = """
# Blend exactly 10 kg of feed from two grains at the lowest cost with SciPy's linear \
# programming solver. The costs and protein contents are in the table; the blend needs at least \
# 4.5 kg of protein and the amounts cannot be negative. Store the kilograms of each grain in \
# `amounts` (grain A first) and the total cost in `total_cost`.
#
# ```text
# grain  cost_per_kg  protein_fraction
# A      2.0          0.3
# B      3.0          0.6
# ```
#
# Wanted:
#
# ```text
# amounts = [5.0, 5.0], total_cost = 25.0
# ```"""
# prompt = """
# I mix 10 kg of feed from two grains and need at least 4.5 kg of protein in it; what is the \
# cheapest mix? I'd like scipy's linprog to give me `amounts` (grain A, grain B) and \
# `total_cost`:
#
# ```text
# grain  cost_per_kg  protein_fraction
# A      2.0          0.3
# B      3.0          0.6
# ```
#
# I think the answer is
#
# ```text
# amounts = [5.0, 5.0], total_cost = 25.0
# ```"""
# task_type = 'input-output'
# domain = 'numerical_methods'
# libraries = ['scipy.optimize', 'numpy']
# inputs = {}
# checks = [
#     'np.allclose(amounts, [5.0, 5.0], atol=1e-7)',
#     'np.isclose(total_cost, 25.0)',
#     # the blend weighs 10 kg and meets the protein floor
#     'np.isclose(np.sum(amounts), 10.0) and np.dot([0.3, 0.6], amounts) >= 4.5 - 1e-9',
# ]
# difficulty = 'intermediate'
# tags = ['linear-programming', 'operations-research']
# ///
import numpy as np
from scipy.optimize import linprog

cost_per_kg = np.array([2.0, 3.0])
protein_fraction = np.array([0.3, 0.6])

# linprog takes "<=" rows only: protein >= 4.5 becomes -protein <= -4.5
result = linprog(
    cost_per_kg,
    A_ub=-protein_fraction.reshape(1, -1),
    b_ub=[-4.5],
    A_eq=np.ones((1, 2)),
    b_eq=[10.0],
    bounds=(0, None),
)
amounts = result.x
total_cost = result.fun
