import numpy as np
from scipy.integrate import solve_ivp

A, k, c = params


def relaxation(t, state, rate, asymptote):
    return -rate * (state - asymptote)


start = A * np.exp(-k * x[0]) + c
sol = solve_ivp(
    relaxation,
    (x[0], x[-1]),
    np.atleast_1d(start),
    method="DOP853",
    t_eval=x,
    args=(k, c),
    rtol=1e-10,
    atol=1e-12,
)
model = sol.y[0]
