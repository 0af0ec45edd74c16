import numpy as np
from scipy import integrate

t = np.arange(len(accel)) / fs
a = accel - np.mean(accel)
velocity = integrate.cumulative_trapezoid(a, t, initial=0.0)
displacement = integrate.cumulative_trapezoid(velocity, t, initial=0.0)
