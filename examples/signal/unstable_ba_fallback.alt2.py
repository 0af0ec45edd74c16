import numpy as np
from scipy import signal as ss

f0 = tones[1]
# one design in zeros, poles and gain, converted to both forms
z, p, gain = ss.butter(10, [0.9 * f0, 1.1 * f0], btype="bandpass", output="zpk", fs=fs)
b, a = ss.zpk2tf(z, p, gain)
sos = ss.zpk2sos(z, p, gain)

stability_error = None
try:
    if np.max(np.abs(np.roots(a))) >= 1.0:
        raise ValueError("the (b, a) denominator has roots on or outside the unit circle")
    _, response_ba = ss.freqz(b, a, worN=1024)
    _, response_sos = ss.sosfreqz(sos, worN=1024)
    if not np.allclose(response_ba, response_sos, rtol=0.0, atol=1e-3):
        raise ValueError(
            "the (b, a) frequency response drifts from the sos design by more than 1e-3"
        )
except ValueError as err:
    stability_error = str(err)

# causal filtering with whichever form survived the checks
filtered = ss.lfilter(b, a, signal) if stability_error is None else ss.sosfilt(sos, signal)
