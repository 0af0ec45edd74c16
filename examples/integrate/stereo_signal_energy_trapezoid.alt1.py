import numpy as np

squared = np.asarray(x, dtype=float) ** 2
dt = 1.0 / fs
# each trapezoid spans one sample step: the mean of its two end values times dt
energy = dt * np.sum((squared[1:] + squared[:-1]) / 2)
mean_power = energy / ((squared.size - 1) * dt)
