import math

import numpy as np
from scipy import integrate

n = 17
h = math.pi / (n - 1)
x = np.arange(n) * h
y = np.sin(x)
approx = integrate.simpson(y, dx=h)  # uniform spacing: dx is enough
error = math.fabs(approx - 2.0)
