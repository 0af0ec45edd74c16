import math

from scipy.integrate import quad

area, abs_error = quad(lambda x: x * math.sin(x), 0.0, math.pi)
