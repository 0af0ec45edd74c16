import numpy as np
import scipy.signal as sps

# pass_zero=False: the first band (0 to 300 Hz) is a stopband; cutoffs as fractions of Nyquist
taps = sps.firwin(101, np.array([300.0, 1500.0]) / (fs / 2), pass_zero=False)
speech = sps.lfilter(taps, [1.0], x)
