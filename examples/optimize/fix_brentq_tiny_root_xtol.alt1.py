import math

from scipy.optimize import brentq

Kw, c_base = 1e-14, 0.01
# an absolute tolerance far below the root's size, so the relative tolerance decides
h = brentq(lambda h: h + c_base - Kw / h, 1e-14, 1.0, xtol=1e-30)
pH = -math.log10(h)
