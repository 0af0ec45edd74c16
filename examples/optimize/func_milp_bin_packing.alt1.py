import math

import numpy as np
from scipy import optimize


def pack_bins(sizes, capacity):
    """Pack items into as few bins of the given capacity as possible.

    sizes are the item sizes (positive numbers). Returns a list of bins,
    each a sorted list of item indices, using the minimum number of bins;
    every item appears in exactly one bin and no bin's total exceeds
    capacity. Raises ValueError("an item is larger than the capacity")
    when some size exceeds capacity.
    """
    w = np.asarray(sizes, dtype=float)
    if (w > capacity).any():
        raise ValueError("an item is larger than the capacity")
    n = len(w)
    # try k bins from the volume lower bound upward; the first feasible k is optimal
    for k in range(max(1, math.ceil(w.sum() / capacity)), n + 1):
        each_item_once = np.kron(np.eye(n), np.ones(k))  # row i sums x[i, :]
        bin_load = np.kron(w, np.eye(k))  # row j sums w[i] x[i, j]
        res = optimize.milp(
            np.zeros(n * k),
            constraints=[
                optimize.LinearConstraint(each_item_once, 1, 1),
                optimize.LinearConstraint(bin_load, 0, capacity),
            ],
            integrality=np.ones(n * k),
            bounds=optimize.Bounds(0, 1),
        )
        if res.status == 0:
            x = res.x.reshape(n, k).round()
            return [sorted(np.flatnonzero(x[:, j]).tolist()) for j in range(k) if x[:, j].any()]
    raise RuntimeError("no packing found")


try:
    pack_bins([3, 12], 10)
except ValueError as exc:
    oversize_error = str(exc)
