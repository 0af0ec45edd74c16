import numpy as np
from scipy import integrate

a = 1.5
v = np.linspace(0, 12, 2001)
unnormalised = v**2 * np.exp(-(v**2) / (2 * a**2))
pdf = unnormalised / integrate.trapezoid(unnormalised, x=v)
mean_speed = integrate.trapezoid(v * pdf, x=v)
