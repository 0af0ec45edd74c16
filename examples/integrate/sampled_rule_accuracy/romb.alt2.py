import numpy as np
import scipy.integrate as si

k = 4  # Romberg integration needs 2**k + 1 samples
x = np.linspace(0, np.pi, 2**k + 1)
y = np.sin(x)
approx = si.romb(y, dx=np.pi / 2**k)
error = abs(approx - 2)
