# /// example
# task = """
# Zero-phase filter a short 20-sample burst `burst = signal[:20]` (sampled at `fs` Hz) with an \
# 8th-order Butterworth 30 Hz low-pass in (b, a) form. `filtfilt`'s default padding needs more \
# samples than that and raises ValueError: catch it, store its message (which mentions padlen, \
# the padding length) in `pad_error`, and fall back to Gustafsson's method (`method="gust"`); \
# store the output in `smoothed`."""
# prompt = """
# From my recording `signal` (sampled at `fs` Hz) I need to zero-phase filter a tiny burst, \
# `burst = signal[:20]`,, with an 8th-order Butterworth 30 Hz low-pass in (b, a) form, but \
# filtfilt with its default padding raises a ValueError about padlen because 20 samples are too \
# few. Catch that error, keep its message in `pad_error`, and fall back to Gustafsson's method \
# for the initial conditions; store the output in `smoothed`."""
# domain = 'signal_processing'
# libraries = ['scipy.signal']
# inputs = { signal = 'noisy.signal', fs = 'noisy.fs' }
# checks = [
#     "pad_error is not None and 'padlen' in pad_error",
#     'smoothed.shape == burst.shape and np.all(np.isfinite(smoothed))',
#     # what the task asks for, whatever the signal: "it got smoother" is not a property of
#     # Gustafsson's method on 20 samples (an already smooth burst can come out rougher)
#     "np.allclose(smoothed, scipy.signal.filtfilt(*scipy.signal.butter(8, 30, fs=fs), signal[:20], method='gust'))",
# ]
# difficulty = 'intermediate'
# tags = ['error-handling', 'filtering']
# edge_cases = true
# ///
from scipy import signal as sps

b, a = sps.butter(8, 30, fs=fs)
burst = signal[:20]
pad_error = None
try:
    smoothed = sps.filtfilt(b, a, burst)
except ValueError as err:
    # default padlen is 3 * max(len(a), len(b)) = 27 samples
    pad_error = str(err)
    smoothed = sps.filtfilt(b, a, burst, method="gust")
