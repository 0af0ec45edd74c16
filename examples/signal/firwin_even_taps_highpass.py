# /// example
# task = """
# A spec asks for a 100-tap FIR high-pass at 80 Hz (data at `fs` Hz). `firwin` rejects an even \
# length for a high-pass with ValueError: catch it, store the message in `firwin_error`, add one \
# tap (101 taps) and design again; store the coefficients in `taps` and the output of applying \
# them to `signal` with `lfilter` in `highpassed`."""
# prompt = """
# The spec says a 100-tap FIR high-pass at 80 Hz for `signal` sampled at `fs` Hz, but the \
# window-method design refuses an even number of taps for a high-pass and raises ValueError. \
# Catch it, save the message in `firwin_error`, bump the length to 101 taps and redesign into \
# `taps`, then apply the FIR causally to `signal` (plain direct filtering) and store the result \
# in `highpassed`."""
# domain = 'signal_processing'
# libraries = ['scipy.signal']
# inputs = { signal = 'noisy.signal', fs = 'noisy.fs' }
# checks = [
#     'firwin_error is not None and len(taps) == 101',
#     # the message is firwin's complaint about the even length, not about another argument
#     "'even' in firwin_error",
#     'highpassed.shape == signal.shape',
#     'band_power(highpassed, fs, 0, 20) <= 0.05 * band_power(signal, fs, 0, 20) + 0.0001 * band_power(signal, fs, 0, fs / 2)',
#     # a windowed-sinc design passes half the amplitude at its cutoff (80 Hz), whatever the window
#     'abs(abs(scipy.signal.freqz(taps, worN=[80.0], fs=fs)[1][0]) - 0.5) < 0.05',
#     'np.allclose(highpassed, scipy.signal.lfilter(taps, 1.0, signal))',
# ]
# difficulty = 'intermediate'
# tags = ['filter-design', 'fir-filter', 'error-handling']
# edge_cases = true
# ///
from scipy import signal as sps

numtaps = 100
firwin_error = None
try:
    taps = sps.firwin(numtaps, 80, pass_zero="highpass", fs=fs)
except ValueError as err:
    # an even-length linear-phase FIR always has a zero at Nyquist, so it cannot pass it
    firwin_error = str(err)
    numtaps += 1
    taps = sps.firwin(numtaps, 80, pass_zero="highpass", fs=fs)
highpassed = sps.lfilter(taps, 1.0, signal)
