import numpy as np
from scipy import integrate

query_times = np.array([0.5, 1.7, 3.2, 8.9])
# ask for the wanted times directly instead of a continuous solution
result = integrate.solve_ivp(
    lambda t, s: [s[1], -0.4 * s[1] - 4 * s[0]],
    (0, 10),
    [1.0, 0.0],
    t_eval=query_times,
    rtol=1e-8,
    atol=1e-10,
)
positions = result.y[0]
