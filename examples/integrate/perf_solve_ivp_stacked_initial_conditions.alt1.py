import numpy as np
from scipy import integrate


def logistic(t, y):
    return 1.5 * y * (1 - y)


starts = np.linspace(0.05, 0.95, 20)
times = np.linspace(0, 5, 11)
# one 20-component system; LSODA switches between stiff and non-stiff methods by itself
result = integrate.solve_ivp(
    logistic, [0, 5], starts, method="LSODA", t_eval=times, rtol=1e-8, atol=1e-10
)
trajectories = result.y
