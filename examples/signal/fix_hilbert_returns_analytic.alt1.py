import numpy as np
import scipy.signal as sps

# the Hilbert transform itself is the imaginary part of the analytic signal
transform = np.imag(sps.hilbert(x))
envelope = np.sqrt(x**2 + transform**2)
