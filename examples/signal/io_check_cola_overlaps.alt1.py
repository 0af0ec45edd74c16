import numpy as np
from scipy.signal import get_window

settings = [
    ("hann", 256, 128),
    ("hann", 256, 192),
    ("hann", 256, 64),
    ("hamming", 256, 128),
    ("boxcar", 256, 100),
]
cola = []
for name, nperseg, noverlap in settings:
    window = get_window(name, nperseg)
    hop = nperseg - noverlap
    # fold the window onto one hop: COLA holds when every phase sums to the same value
    padded = np.pad(window, (0, -nperseg % hop))
    folded = padded.reshape(-1, hop).sum(axis=0)
    cola.append(bool(np.allclose(folded, folded.mean(), rtol=1e-10, atol=1e-10)))
