import numpy as np
from scipy.integrate import odeint

k1 = 1.0
k2 = 0.5
times = np.array([0.0, 1.0, 2.0, 4.0])


def kinetics(y, t):
    # odeint passes the state first, then the time
    a, b, _ = y
    return [-k1 * a, k1 * a - k2 * b, k2 * b]


conc = odeint(kinetics, [1.0, 0.0, 0.0], times, rtol=1e-8, atol=1e-10)
