import numpy as np
from scipy.signal import firwin, lfilter

low_edge = (tones[0] + tones[1]) / 2
numtaps = 2 * int(0.15 * fs) + 1  # odd, about 0.3 s
# Hamming is firwin's default window; naming it documents the design
taps = firwin(numtaps, low_edge, window="hamming", fs=fs)

# causal filtering delays by (numtaps - 1) / 2 samples: pad the end with zeros and shift back
delay = (numtaps - 1) // 2
padded = np.concatenate([signal, np.zeros(delay)])
filtered = lfilter(taps, 1.0, padded)[delay:]
