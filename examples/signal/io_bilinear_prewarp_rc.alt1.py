import math

import scipy.signal as sps

fs = 8000.0
# prewarped analog corner in rad/s: the bilinear map sends it back to exactly 1000 Hz
wc = 2 * fs * math.tan(math.pi * 1000.0 / fs)
z, p, k = sps.bilinear_zpk([], [-wc], wc, fs=fs)
b, a = sps.zpk2tf(z, p, k)
