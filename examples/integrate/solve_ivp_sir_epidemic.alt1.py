import numpy as np
from scipy.integrate import solve_ivp


def sir(t, state, beta, gamma):
    s, i, r = state
    infections = beta * s * i
    recoveries = gamma * i
    return [-infections, infections - recoveries, recoveries]


days = np.arange(161)
sol = solve_ivp(sir, (0, 160), [0.99, 0.01, 0.0], args=(0.3, 0.1), t_eval=days, rtol=1e-8)
peak_day = int(days[np.argmax(sol.y[1])])
