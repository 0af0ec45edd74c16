import numpy as np
import scipy.signal as sps

# the general form: compare every sample with its neighbours using np.greater
maxima = sps.argrelextrema(x, np.greater)[0]
