# /// example
# task = '''
# Write a function `kaiser_lowpass` with the signature and docstring below.
#
# ```python
# def kaiser_lowpass(cutoff, width, attenuation_db, fs):
#     """Linear-phase FIR low-pass taps by the Kaiser window method.
#
#     cutoff and width (the transition band, centred on the cutoff) are in Hz
#     for the sample rate fs; attenuation_db is the required stop-band
#     attenuation. The length and beta come from scipy.signal.kaiserord.
#     Returns the taps as a float array.
#     Raises ValueError unless 0 < cutoff - width / 2 and cutoff + width / 2 < fs / 2.
#     """
# ```'''
# prompt = """
# Please write `kaiser_lowpass(cutoff, width, attenuation_db, fs)` returning FIR low-pass taps \
# designed with the Kaiser window method: transition band `width` Hz centred on `cutoff`, \
# `attenuation_db` of stop-band attenuation, length and beta from kaiserord, sample rate `fs`. \
# Raise ValueError unless the whole transition band lies strictly between 0 and fs / 2."""
# task_type = 'function'
# domain = 'signal_processing'
# libraries = ['scipy.signal', 'numpy']
# inputs = {}
# checks = [
#     'np.allclose(kaiser_lowpass(1000, 200, 60, 8000), scipy.signal.firwin(scipy.signal.kaiserord(60, 200 / 4000)[0], 1000, window=("kaiser", scipy.signal.kaiserord(60, 200 / 4000)[1]), fs=8000))',
#     # the spec holds: stop band (from cutoff + width / 2) at least about 60 dB down, pass band near 1
#     'np.max(np.abs(scipy.signal.freqz(kaiser_lowpass(1000, 200, 60, 8000), worN=np.linspace(1100, 4000, 300), fs=8000)[1])) < 10 ** (-59 / 20)',
#     'np.allclose(np.abs(scipy.signal.freqz(kaiser_lowpass(1000, 200, 60, 8000), worN=np.linspace(0, 900, 100), fs=8000)[1]), 1, atol=2e-3)',
#     'np.allclose(kaiser_lowpass(10.0, 4.0, 40, 100.0), scipy.signal.firwin(scipy.signal.kaiserord(40, 4.0 / 50)[0], 10.0, window=("kaiser", scipy.signal.kaiserord(40, 4.0 / 50)[1]), fs=100.0))',
#     # more attenuation needs more taps
#     'len(kaiser_lowpass(300, 100, 80, 2000)) == scipy.signal.kaiserord(80, 100 / 1000)[0] > len(kaiser_lowpass(300, 100, 40, 2000))',
#     '__import__("unittest").TestCase().assertRaises(ValueError, kaiser_lowpass, 3950, 200, 60, 8000) is None',
#     '__import__("unittest").TestCase().assertRaises(ValueError, kaiser_lowpass, 50, 200, 60, 8000) is None',
# ]
# difficulty = 'intermediate'
# tags = ['reusable-function', 'fir-filter', 'filter-design', 'lowpass', 'validation']
# ///
from scipy import signal


def kaiser_lowpass(cutoff, width, attenuation_db, fs):
    """Linear-phase FIR low-pass taps by the Kaiser window method.

    cutoff and width (the transition band, centred on the cutoff) are in Hz
    for the sample rate fs; attenuation_db is the required stop-band
    attenuation. The length and beta come from scipy.signal.kaiserord.
    Returns the taps as a float array.
    Raises ValueError unless 0 < cutoff - width / 2 and cutoff + width / 2 < fs / 2.
    """
    nyquist = fs / 2
    if not (cutoff - width / 2 > 0 and cutoff + width / 2 < nyquist):
        raise ValueError("the transition band must lie strictly between 0 and fs / 2")
    # kaiserord wants the transition width as a fraction of the Nyquist frequency
    numtaps, beta = signal.kaiserord(attenuation_db, width / nyquist)
    return signal.firwin(numtaps, cutoff, window=("kaiser", beta), fs=fs)
