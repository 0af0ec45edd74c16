import numpy as np
from scipy import integrate

# pass the sample times instead of the spacing
times = np.arange(signal.size) / fs
energy = integrate.simpson(np.square(signal), x=times)
