import numpy as np

taps = np.array([1, 2, 3, 2, 1], dtype=float)
w = np.array([0.1, 0.5, 1.0, 2.0])
# group delay of an FIR: Re( sum n h[n] e^{-jwn} / sum h[n] e^{-jwn} )
n = np.arange(len(taps))
phasors = np.exp(-1j * np.outer(w, n))
delay = np.real((phasors @ (n * taps)) / (phasors @ taps))
