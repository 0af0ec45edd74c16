import math

import numpy as np
from scipy.integrate import quad_vec


def integrand(x):
    return 2 / math.pi * x * (math.pi - x) * np.sin(np.arange(1, 6) * x)


coefficients = quad_vec(integrand, 0, math.pi, epsabs=1e-12)[0]
