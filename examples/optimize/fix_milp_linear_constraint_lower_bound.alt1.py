import numpy as np
from scipy.optimize import Bounds, LinearConstraint, milp

values = np.array([10, 13, 7, 8, 4])
weights = np.array([5, 7, 4, 3, 2])
# weight between -inf and 12, written out in full
result = milp(
    c=-values,
    constraints=[LinearConstraint(weights[np.newaxis, :], -np.inf, 12)],
    integrality=np.ones_like(values),
    bounds=Bounds(np.zeros(5), np.ones(5)),
)
chosen = (result.x > 0.5).astype(int)
best_value = int(values @ chosen)
