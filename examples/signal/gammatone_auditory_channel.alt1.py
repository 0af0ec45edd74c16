import numpy as np
import scipy.signal as sps

b, a = sps.gammatone(freq=440, ftype="iir", fs=fs)
# second-order sections run the same filter with less round-off
channel = sps.sosfilt(sps.tf2sos(b, a), x)
z = np.exp(-2j * np.pi * np.array([440.0, 1200.0]) / fs)
gains = np.abs(np.polyval(b[::-1], z) / np.polyval(a[::-1], z))
gain_centre, gain_1200 = float(gains[0]), float(gains[1])
