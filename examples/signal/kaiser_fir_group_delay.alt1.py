import numpy as np
from scipy import signal as sps

nyquist = fs / 2
# kaiserord takes the transition width relative to Nyquist
numtaps, beta = sps.kaiserord(60, 10 / nyquist)
if numtaps % 2 == 0:
    numtaps += 1
taps = sps.firwin(numtaps, 40, window=("kaiser", beta), fs=fs)

passband = np.linspace(0, 30, 128)
_, gd = sps.group_delay((taps, [1.0]), w=passband, fs=fs)

# a symmetric FIR delays every frequency by the same whole number of samples
delay = round(float(np.median(gd)))
delayed = sps.lfilter(taps, [1.0], np.concatenate([signal, np.zeros(delay)]))
filtered = delayed[delay:]
