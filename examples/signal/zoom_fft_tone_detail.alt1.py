import numpy as np
import scipy.signal as sps

freqs = np.arange(800) * 0.1 + 400.0
step = freqs[1] - freqs[0]
# chirp z-transform: start on the unit circle at 400 Hz and step 0.1 Hz per point
start = np.exp(2j * np.pi * freqs[0] / fs)
ratio = np.exp(-2j * np.pi * step / fs)
spectrum = np.abs(sps.czt(signal, m=len(freqs), w=ratio, a=start))
peak_freq = freqs[spectrum.argmax()]
