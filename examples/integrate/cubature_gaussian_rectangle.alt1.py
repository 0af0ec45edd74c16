import numpy as np
import scipy.integrate as integrate

sigmas = np.array([0.5, 1, 2], dtype=float)


def f(xy):
    x = xy[:, 0:1]
    y = xy[:, 1:2]
    s2 = sigmas**2
    return np.exp(-(x**2 + y**2) / (2.0 * s2)) / (2.0 * np.pi * s2)


result = integrate.cubature(f, np.array([-1.0, 0.0]), np.array([2.0, 3.0]), rtol=1e-10)
probabilities = np.asarray(result.estimate)
