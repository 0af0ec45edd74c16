import numpy as np
from scipy import optimize


def distance_squared(point):
    return np.sum((point - np.array([2.0, 2.0])) ** 2)


budget = optimize.LinearConstraint([[1.0, 1.0]], ub=3.0)
res = optimize.minimize(distance_squared, x0=np.zeros(2), method="SLSQP", constraints=[budget])
