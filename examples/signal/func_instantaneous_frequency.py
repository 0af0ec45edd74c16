# /// example
# task = '''
# Write a function `instantaneous_frequency` with the signature and docstring below. Apply it to \
# the recording `x` sampled at `fs` Hz and store the result in `inst_freq`.
#
# ```python
# def instantaneous_frequency(x, fs):
#     """Instantaneous frequency in Hz of the real signal x sampled at fs Hz.
#
#     Takes the phase of the analytic signal (via the Hilbert transform),
#     unwraps it and differentiates it sample to sample, so the result has
#     len(x) - 1 values. Raises ValueError when x has fewer than 2 samples.
#     """
# ```'''
# prompt = """
# I need a helper `instantaneous_frequency(x, fs)` returning the instantaneous frequency in Hz of \
# a real signal: the unwrapped phase of its analytic signal (Hilbert transform), differenced \
# between consecutive samples, so len(x) - 1 values. It should raise ValueError when fewer than 2 \
# samples are given. Run it on my recording `x` (rate `fs`) and keep the result in `inst_freq`."""
# task_type = 'function'
# domain = 'signal_processing'
# libraries = ['scipy.signal', 'numpy']
# inputs = { x = 'stereo.x', fs = 'stereo.fs' }
# checks = [
#     # a cosine with a whole number of cycles: the analytic signal is exact, so 50 Hz everywhere
#     'np.allclose(instantaneous_frequency(np.cos(2 * np.pi * 50 * np.arange(1000) / 1000), 1000.0), 50)',
#     'np.allclose(instantaneous_frequency(np.sin(2 * np.pi * 3 * np.arange(64) / 64), 64.0), 3)',
#     # a tone near Nyquist wraps its phase every sample; unwrapping keeps it at 0.4 fs
#     'np.allclose(instantaneous_frequency(np.cos(2 * np.pi * 40 * np.arange(100) / 100), 100.0), 40)',
#     '__import__("unittest").TestCase().assertRaises(ValueError, instantaneous_frequency, np.array([1.0]), 10.0) is None',
#     'np.shape(inst_freq) == (len(x) - 1,)',
#     'np.allclose(inst_freq, np.diff(np.unwrap(np.angle(scipy.signal.hilbert(x)))) * fs / (2 * np.pi))',
# ]
# difficulty = 'intermediate'
# tags = ['reusable-function', 'time-frequency', 'fourier-transform']
# edge_cases = true
# ///
import numpy as np
from scipy import signal


def instantaneous_frequency(x, fs):
    """Instantaneous frequency in Hz of the real signal x sampled at fs Hz.

    Takes the phase of the analytic signal (via the Hilbert transform),
    unwraps it and differentiates it sample to sample, so the result has
    len(x) - 1 values. Raises ValueError when x has fewer than 2 samples.
    """
    x = np.asarray(x, dtype=float)
    if x.size < 2:
        raise ValueError("need at least 2 samples")
    # unwrap removes the 2*pi jumps of np.angle before differencing
    phase = np.unwrap(np.angle(signal.hilbert(x)))
    return np.diff(phase) * fs / (2 * np.pi)


inst_freq = instantaneous_frequency(x, fs)
