import numpy as np
import scipy.integrate as spi

x = np.linspace(0, np.pi, 17)
y = np.sin(x)
approx = spi.trapezoid(y=y, x=x)
error = np.abs(approx - 2)  # the trapezoid rule underestimates a concave integrand
