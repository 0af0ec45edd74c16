import numpy as np

# each trapezoid's area, accumulated, with the zero start prepended
areas = np.diff(x) * (y[1:] + y[:-1]) / 2
running = np.concatenate(([0.0], np.cumsum(areas)))
