import numpy as np
from scipy.optimize import Bounds, LinearConstraint, milp

rng = np.random.default_rng(20)
n_items = 10
values = rng.integers(10, 60, size=n_items, endpoint=True)
weights = rng.integers(1, 20, size=n_items, endpoint=True)
capacity = 0.5 * weights.sum()

weight_limit = LinearConstraint(weights.reshape(1, -1), ub=capacity)
res = milp(
    -values.astype(float),  # maximise value = minimise its negative
    integrality=np.ones(n_items, dtype=int),
    bounds=Bounds(np.zeros(n_items), np.ones(n_items)),
    constraints=[weight_limit],
)
if not res.success:
    raise RuntimeError(res.message)
chosen = np.round(res.x).astype(int)
