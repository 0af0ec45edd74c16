import numpy as np
from scipy.optimize import LinearConstraint, minimize

# the same half-plane as a LinearConstraint object: -inf <= x + 2 y <= 2
half_plane = LinearConstraint([[1.0, 2.0]], -np.inf, 2.0)
result = minimize(
    lambda p: np.sum((p - np.array([2.0, 1.0])) ** 2),
    x0=np.zeros(2),
    method="SLSQP",
    constraints=[half_plane],
)
solution = result.x
