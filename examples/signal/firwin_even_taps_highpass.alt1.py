import scipy.signal as sps

cutoff_hz = 80.0


def design_highpass(numtaps):
    # a high-pass needs a non-zero gain at Nyquist, which an even-length (type II) FIR cannot have
    return sps.firwin(numtaps, cutoff_hz, pass_zero="highpass", fs=fs)


try:
    taps = design_highpass(100)
except ValueError as err:
    firwin_error = str(err)
    taps = design_highpass(101)

highpassed = sps.lfilter(taps, [1.0], signal)
