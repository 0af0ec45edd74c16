import numpy as np
import scipy.optimize as opt


def six_hump_camel(v):
    x, y = v
    return (4.0 - 2.1 * x**2 + x**4 / 3.0) * x**2 + x * y + (-4.0 + 4.0 * y**2) * y**2


box = opt.Bounds([-3.0, -2.0], [3.0, 2.0])
coarse = opt.direct(six_hump_camel, box, maxfun=500, locally_biased=True)
polished = opt.minimize(six_hump_camel, x0=np.asarray(coarse.x), bounds=box, method="L-BFGS-B")
