import numpy as np
from scipy import integrate

# the spacing is uniform, so passing dx is equivalent to passing the sample positions
spacing = (x[-1] - x[0]) / (len(x) - 1)
area = integrate.simpson(np.asarray(y), dx=spacing)
