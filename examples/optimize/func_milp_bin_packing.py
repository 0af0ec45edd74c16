# /// example
# task = '''
# Write a function `pack_bins` with the signature and docstring below, solving the bin-packing
# problem exactly as a mixed-integer linear program with SciPy. Store in `oversize_error` the
# message raised by `pack_bins([3, 12], 10)`.
#
# ```python
# def pack_bins(sizes, capacity):
#     """Pack items into as few bins of the given capacity as possible.
#
#     sizes are the item sizes (positive numbers). Returns a list of bins,
#     each a sorted list of item indices, using the minimum number of bins;
#     every item appears in exactly one bin and no bin's total exceeds
#     capacity. Raises ValueError("an item is larger than the capacity")
#     when some size exceeds capacity.
#     """
# ```'''
# prompt = """
# I have to split jobs of different sizes into as few batches of a fixed `capacity` as possible. \
# Please write `pack_bins(sizes, capacity)` that solves this bin packing exactly with scipy's \
# mixed-integer linear programming and returns a list of bins, each a sorted list of item \
# indices, using the minimum number of bins (every item in exactly one bin, no bin over \
# capacity). If an item is bigger than the capacity it should raise \
# `ValueError("an item is larger than the capacity")`; keep the message from \
# `pack_bins([3, 12], 10)` in `oversize_error`."""
# task_type = 'function'
# domain = 'numerical_methods'
# libraries = ['scipy.optimize', 'numpy']
# inputs = {}
# checks = [
#     # a valid packing: each item exactly once, no bin over capacity
#     '(lambda sizes, bins: sorted(i for b in bins for i in b) == list(range(len(sizes))) and all(sum(sizes[i] for i in b) <= 10 for b in bins))([4, 8, 1, 4, 2, 1], pack_bins([4, 8, 1, 4, 2, 1], 10))',
#     # 20 units need at least 2 bins of 10, and 2 suffice
#     'len(pack_bins([4, 8, 1, 4, 2, 1], 10)) == 2',
#     # three items above half the capacity need a bin each
#     'len(pack_bins([6, 6, 6], 10)) == 3',
#     # a perfect packing of 40 units into 4 full bins
#     '(lambda sizes, bins: len(bins) == 4 and all(sum(sizes[i] for i in b) == 10 for b in bins))([7, 3, 2, 8, 5, 5, 4, 6], pack_bins([7, 3, 2, 8, 5, 5, 4, 6], 10))',
#     'all(b == sorted(b) for b in pack_bins([7, 3, 2, 8, 5, 5, 4, 6], 10))',
#     # a single item, and items exactly as large as the capacity, which are allowed
#     'pack_bins([5], 10) == [[0]]',
#     'sorted(pack_bins([10, 10], 10)) == [[0], [1]]',
#     'oversize_error == "an item is larger than the capacity"',
# ]
# difficulty = 'advanced'
# tags = ['reusable-function', 'linear-programming', 'operations-research', 'validation']
# ///
import numpy as np
from scipy.optimize import Bounds, LinearConstraint, milp


def pack_bins(sizes, capacity):
    """Pack items into as few bins of the given capacity as possible.

    sizes are the item sizes (positive numbers). Returns a list of bins,
    each a sorted list of item indices, using the minimum number of bins;
    every item appears in exactly one bin and no bin's total exceeds
    capacity. Raises ValueError("an item is larger than the capacity")
    when some size exceeds capacity.
    """
    sizes = np.asarray(sizes, dtype=float)
    if np.any(sizes > capacity):
        raise ValueError("an item is larger than the capacity")
    n = sizes.size
    # variables: x[i, j] = 1 if item i goes to bin j (n * n of them, row-major), then y[j] = 1 if bin j is used
    n_vars = n * n + n
    cost = np.concatenate([np.zeros(n * n), np.ones(n)])
    assign_once = np.zeros((n, n_vars))
    fits = np.zeros((n, n_vars))
    for i in range(n):
        assign_once[i, i * n : (i + 1) * n] = 1
    for j in range(n):
        fits[j, j : n * n : n] = sizes
        fits[j, n * n + j] = -capacity
    # bins are opened in order (y[j] >= y[j + 1]), which removes equivalent relabelled solutions
    ordered = np.zeros((n - 1, n_vars))
    for j in range(n - 1):
        ordered[j, n * n + j], ordered[j, n * n + j + 1] = 1, -1
    constraints = [
        LinearConstraint(assign_once, 1, 1),
        LinearConstraint(fits, -np.inf, 0),
        LinearConstraint(ordered, 0, np.inf),
    ]
    result = milp(cost, constraints=constraints, integrality=np.ones(n_vars), bounds=Bounds(0, 1))
    placement = np.round(result.x[: n * n]).reshape(n, n)
    return [
        sorted(np.flatnonzero(placement[:, j]).tolist()) for j in range(n) if placement[:, j].any()
    ]


try:
    pack_bins([3, 12], 10)
except ValueError as error:
    oversize_error = str(error)
