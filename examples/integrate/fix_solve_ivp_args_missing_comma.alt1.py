import numpy as np
from scipy import integrate

RATE = 0.3  # per hour
hours = np.arange(13)
# bind the rate in a closure instead of passing args
result = integrate.solve_ivp(lambda t, c: -RATE * c, [0, 12], [10.0], t_eval=hours, rtol=1e-8)
concentration = result.y[0]
