import numpy as np
from scipy import optimize

ROUGHNESS = 1e-4
reynolds = np.geomspace(4e3, 1e8, 200)


def colebrook(x, re):
    return x + 2 * np.log10(ROUGHNESS / 3.7 + 2.51 * x / re)


# without fprime, newton runs the secant method, still element-wise over the whole array
inverse_sqrt_f = optimize.newton(
    colebrook, np.full_like(reynolds, 7.0), args=(reynolds,), tol=1e-12
)
friction = inverse_sqrt_f**-2
