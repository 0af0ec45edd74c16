import numpy as np
import scipy.integrate as spi

x = np.linspace(0, np.pi, num=17)
y = np.sin(x)
# pass the sample positions so the rule uses the actual spacing
approx = spi.simpson(y, x=x)
error = np.abs(approx - 2)
