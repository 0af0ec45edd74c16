import numpy as np
from scipy.signal import firwin, lfilter

numtaps = 100
try:
    taps = firwin(numtaps, 80.0, pass_zero=False, fs=fs)
except ValueError as exc:
    # an even-length linear-phase FIR has a zero at Nyquist: no high-pass possible
    firwin_error = exc.args[0]
    numtaps += 1
    taps = firwin(numtaps, 80.0, pass_zero=False, fs=fs)

highpassed = lfilter(taps, 1.0, np.asarray(signal, dtype=float))
