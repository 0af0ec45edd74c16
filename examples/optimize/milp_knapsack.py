# /// example
# task = """
# Solve a 0/1 knapsack with `milp`: 10 items with seeded random `values` (10-60) and `weights` \
# (1-20) and a `capacity` of half the total weight, maximising total value subject to a \
# `LinearConstraint` on weight, with `integrality` set for every item and `Bounds(0, 1)`; store \
# the chosen-item indicator array (0/1 integers) in `chosen`."""
# prompt = """
# Solve a 0/1 knapsack problem as a mixed-integer LP in scipy. Draw 10 items with a seeded \
# generator: integer `values` between 10 and 60 and integer `weights` between 1 and 20, and set \
# `capacity` to half the total weight (integer division). Maximise total value with a linear \
# weight constraint, every variable integer and bounded in [0, 1], and store the chosen-item \
# indicator as a 0/1 integer array `chosen`."""
# domain = 'numerical_methods'
# libraries = ['scipy.optimize', 'numpy']
# inputs = {}
# checks = [
#     'set(np.unique(chosen)) <= {0, 1} and weights @ chosen <= capacity',
#     # exhaustive search over all 2**10 subsets confirms optimality
#     'values @ chosen == max(sum(int(values[i]) for i in range(10) if m >> i & 1) for m in range(1024) if sum(int(weights[i]) for i in range(10) if m >> i & 1) <= capacity)',
#     # half the total weight (integer weights: a fractional half admits the same subsets)
#     'math.floor(capacity) == weights.sum() // 2',
# ]
# difficulty = 'intermediate'
# tags = ['linear-programming', 'operations-research']
# ///
import numpy as np
from scipy import optimize

rng = np.random.default_rng(42)
values = rng.integers(10, 61, size=10)
weights = rng.integers(1, 21, size=10)
capacity = weights.sum() // 2
res = optimize.milp(
    c=-values,  # milp minimises
    constraints=optimize.LinearConstraint(weights, ub=capacity),
    integrality=np.ones_like(values),
    bounds=optimize.Bounds(0, 1),
)
if not res.success:
    raise RuntimeError(res.message)
chosen = np.round(res.x).astype(int)
