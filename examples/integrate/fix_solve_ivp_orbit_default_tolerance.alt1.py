import numpy as np
from scipy import integrate


def kepler(t, state):
    x, y, vx, vy = state
    r3 = (x**2 + y**2) ** 1.5
    return [vx, vy, -x / r3, -y / r3]


e = 0.6
start = [1 - e, 0.0, 0.0, np.sqrt((1 + e) / (1 - e))]
# RK45 with tight tolerances also keeps the orbit closed
sol = integrate.solve_ivp(kepler, [0.0, 6 * np.pi], start, rtol=1e-10, atol=1e-10)
final_xy = sol.y[:2, -1]
