import numpy as np
import scipy.signal as sps

f0 = tones[1]
numtaps = round(0.2 * fs)
numtaps += 1 - numtaps % 2  # odd length: a type I linear-phase filter
bands = [0, 0.4 * f0, 0.7 * f0, 1.3 * f0, 1.6 * f0, fs / 2]
taps = sps.remez(numtaps, bands, [0, 1, 0], fs=fs)

# causal filtering, then undo the (numtaps - 1) / 2 sample delay
delay = (numtaps - 1) // 2
isolated = sps.lfilter(taps, 1.0, np.pad(signal, (0, delay)))[delay:]
