# /// example
# task = """
# This code should low-pass the recording `x` (sampled at `fs` Hz) with a 4th-order Chebyshev \
# type I filter, 1 dB pass-band ripple and a 1000 Hz cutoff, applied forward and backward, storing \
# the result in `smoothed`, but it raises an error:
#
# ```python
# from scipy import signal
#
# sos = signal.cheby1(4, 1000, fs=fs, output="sos")
# smoothed = signal.sosfiltfilt(sos, x)
# ```
#
# ```text
# TypeError: cheby1() missing 1 required positional argument: 'Wn'
# ```
#
# Fix it."""
# prompt = """
# I want a 4th-order Chebyshev type I low-pass (1 dB ripple, cutoff 1000 Hz) run forwards and \
# backwards over my recording `x` (rate `fs`), into `smoothed`:
#
# ```python
# from scipy import signal
#
# sos = signal.cheby1(4, 1000, fs=fs, output="sos")
# smoothed = signal.sosfiltfilt(sos, x)
# ```
#
# ```text
# TypeError: cheby1() missing 1 required positional argument: 'Wn'
# ```
#
# But I did give it the cutoff?"""
# task_type = 'fix'
# domain = 'signal_processing'
# libraries = ['scipy.signal']
# inputs = { x = 'audio.signal', fs = 'audio.fs' }
# checks = [
#     'np.allclose(smoothed, scipy.signal.sosfiltfilt(scipy.signal.cheby1(4, 1, 1000, btype="lowpass", fs=fs, output="sos"), x), rtol=1e-9, atol=1e-9 * np.abs(x).max())',
#     'np.shape(smoothed) == np.shape(x)',
# ]
# difficulty = 'basic'
# tags = ['debugging', 'iir-filter', 'lowpass', 'filtering']
# edge_cases = true
# ///
from scipy import signal

# cheby1(N, rp, Wn): the ripple in dB comes before the cutoff, so 1000 was taken as the ripple
sos = signal.cheby1(4, 1, 1000, fs=fs, output="sos")
smoothed = signal.sosfiltfilt(sos, x)
