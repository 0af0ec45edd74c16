import numpy as np
from scipy import integrate


def oscillator(y, t):
    position, velocity = y
    return [velocity, -0.4 * velocity - 4.0 * position]


times = np.linspace(0, 10, 201)
# keep the odeint-style function and swap the arguments in a wrapper
sol = integrate.solve_ivp(
    lambda t, y: oscillator(y, t), (0, 10), [1.0, 0.0], t_eval=times, rtol=1e-6
)
