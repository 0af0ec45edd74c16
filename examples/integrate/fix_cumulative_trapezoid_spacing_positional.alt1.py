import numpy as np
from scipy import integrate

speed = np.array([0.0, 1.2, 2.9, 4.1, 4.8, 5.0, 5.1])
# pass the sample times explicitly as x instead of a bare step
times = 0.5 * np.arange(speed.size)
distance = integrate.cumulative_trapezoid(speed, times, initial=0)
