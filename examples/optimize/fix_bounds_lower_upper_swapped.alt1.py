import numpy as np
from scipy.optimize import minimize

# one (low, high) pair per variable is the other accepted form
result = minimize(
    lambda v: np.sum((v - np.array([2.0, 8.0])) ** 2),
    x0=np.ones(2),
    method="SLSQP",
    bounds=[(0, 10), (0, 5)],
)
closest = result.x
