import numpy as np
from scipy import optimize


def himmelblau(p):
    x, y = p
    return (x**2 + y - 11) ** 2 + (x + y**2 - 7) ** 2


bounds = np.array([[-5.0, 5.0], [-5.0, 5.0]])
res = optimize.shgo(himmelblau, bounds, n=64, iters=3, sampling_method="sobol")
