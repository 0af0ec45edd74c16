import numpy as np
import scipy.optimize as opt


def sse(params):
    amplitude, rate, offset = params
    return np.sum((amplitude * np.exp(-rate * x) + offset - y) ** 2)


limits = opt.Bounds([-np.inf, 0.0, -np.inf], [np.inf, 0.3, np.inf])
res = opt.minimize(sse, x0=[1.0, 0.1, 0.0], method="trust-constr", bounds=limits)
