import numpy as np
from scipy import integrate

# romb needs 2**k + 1 equally spaced samples: 17 = 2**4 + 1
x, dx = np.linspace(0.0, np.pi, 17, retstep=True)
y = np.sin(x)
approx = integrate.romb(y, dx=dx)
error = abs(approx - 2.0)
