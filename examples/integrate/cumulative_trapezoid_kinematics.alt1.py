import numpy as np
import scipy.integrate as si

t = np.linspace(0, 10, 501)
acceleration = np.cos(t)
velocity = si.cumulative_trapezoid(acceleration, x=t, initial=0)
position = si.cumulative_trapezoid(velocity, x=t, initial=0)
