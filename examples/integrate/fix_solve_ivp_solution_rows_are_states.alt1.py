import numpy as np
from scipy import integrate

t = np.linspace(0, 5, 50)
solution = integrate.solve_ivp(
    lambda time, s: [s[1], -4 * s[0]], [0, 5], [1.0, 0.0], t_eval=t, rtol=1e-8, atol=1e-10
)
# unpacking iterates over the rows of y: one row per state variable
position, velocity = solution.y
