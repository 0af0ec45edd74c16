# /// example
# task = """
# This code should bring the recording `x` from its sample rate `fs` down to 1000 Hz with \
# `decimate` (default anti-aliasing filter) and store the result in `x_1k`. It runs, but the \
# output is only a handful of samples long:
#
# ```python
# from scipy import signal
#
# x_1k = signal.decimate(x, 1000)
# ```
#
# Fix it (`fs` is a whole multiple of 1000)."""
# prompt = """
# I want my recording `x`, sampled at `fs` Hz (a multiple of 1000), at 1000 Hz, with decimate's \
# default anti-aliasing, in `x_1k`:
#
# ```python
# from scipy import signal
#
# x_1k = signal.decimate(x, 1000)
# ```
#
# but a one-second recording comes back with 8 samples instead of 1000."""
# task_type = 'fix'
# domain = 'signal_processing'
# libraries = ['scipy.signal']
# inputs = { x = 'audio.signal', fs = 'audio.fs' }
# checks = [
#     'len(x_1k) == math.ceil(len(x) / round(fs / 1000))',
#     'np.allclose(x_1k, scipy.signal.decimate(x, round(fs / 1000)), rtol=1e-9, atol=1e-9 * np.abs(x).max())',
# ]
# difficulty = 'basic'
# tags = ['debugging', 'resampling']
# [edge_cases]
# min_size = 64
# why = 'the zero-phase anti-aliasing filter of decimate needs a few dozen samples to pad its ends'
# ///
from scipy import signal

# the second argument is the downsampling FACTOR q, not the target rate: fs / 1000
factor = round(fs / 1000)
x_1k = signal.decimate(x, factor)
