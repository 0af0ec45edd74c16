import numpy as np
from scipy.integrate import solve_ivp


def cooling(t, temp):
    room = 20 + 5 * np.sin(2 * np.pi * t / 24)
    return -0.3 * (temp - room)


hours = np.linspace(0, 48, 97)
solution = solve_ivp(cooling, (hours[0], hours[-1]), [90.0], t_eval=hours, rtol=1e-8, atol=1e-8)
temps = solution.y[0]
