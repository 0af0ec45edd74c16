import math

import numpy as np
from scipy.integrate import trapezoid

n_points = 17
x = np.linspace(0.0, math.pi, n_points)
y = np.sin(x)
approx = trapezoid(y, dx=x[1] - x[0])
error = abs(approx - 2.0)
