import math

import numpy as np
from scipy.integrate import tanhsinh


def erf_by_quadrature(x):
    """Error function 2 / sqrt(pi) * integral_0^x exp(-t^2) dt.

    x is a scalar or an array of any shape; all upper limits are
    integrated together in one vectorised call. Negative x gives the
    negative value (the integral runs backwards) and x = 0 gives 0.
    Returns an array of x's shape.
    """
    x = np.asarray(x, dtype=float)
    # substitute t = x s: every integral runs over s in [0, 1] and x enters as an argument
    res = tanhsinh(lambda s, scale: scale * np.exp(-((scale * s) ** 2)), 0.0, 1.0, args=(x,))
    return res.integral * 2 / math.sqrt(math.pi)
