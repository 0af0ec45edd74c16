import numpy as np
from scipy import optimize

rng = np.random.default_rng(1)
values = rng.integers(10, 61, size=10)
weights = rng.integers(1, 21, size=10)
capacity = weights.sum() / 2

res = optimize.milp(
    c=-values,  # milp minimises, so negate the values
    constraints=optimize.LinearConstraint(weights[np.newaxis, :], lb=0, ub=capacity),
    integrality=np.ones(values.size),
    bounds=optimize.Bounds(0, 1),
)
chosen = np.rint(res.x).astype(int)
