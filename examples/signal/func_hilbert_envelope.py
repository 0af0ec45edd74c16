# /// example
# task = '''
# Write a function `amplitude_envelope` with the signature and docstring below. Apply it to the
# recording `x` and store the result in `envelope`.
#
# ```python
# def amplitude_envelope(x):
#     """Amplitude envelope of the real signal `x`.
#
#     The envelope is the magnitude of the analytic signal (x plus i times
#     its Hilbert transform). Returns a float array of the same length as x.
#     """
# ```'''
# prompt = """
# I want a helper `amplitude_envelope(x)` that gives the amplitude envelope of a real signal as the \
# magnitude of its analytic signal (via the Hilbert transform), as a float array the same length as \
# the input. Apply it to my recording `x` and store the result in `envelope`."""
# task_type = 'function'
# domain = 'signal_processing'
# libraries = ['scipy.signal', 'numpy']
# inputs = { x = 'stereo.x' }
# checks = [
#     # a cosine with a whole number of cycles has a flat envelope equal to its amplitude
#     'np.allclose(amplitude_envelope(2.5 * np.cos(2 * np.pi * 5 * np.arange(100) / 100)), 2.5)',
#     # an AM tone: the envelope is the modulating curve 1 + 0.5 cos(...)
#     'np.allclose(amplitude_envelope((1 + 0.5 * np.cos(2 * np.pi * 2 * np.arange(200) / 200)) * np.cos(2 * np.pi * 20 * np.arange(200) / 200)), 1 + 0.5 * np.cos(2 * np.pi * 2 * np.arange(200) / 200))',
#     'np.allclose(amplitude_envelope(np.sin(2 * np.pi * 3 * np.arange(64) / 64) * np.hanning(64)), np.abs(scipy.signal.hilbert(np.sin(2 * np.pi * 3 * np.arange(64) / 64) * np.hanning(64))))',
#     'np.shape(envelope) == np.shape(x) and np.isrealobj(envelope)',
#     'np.allclose(envelope, np.abs(scipy.signal.hilbert(x)))',
# ]
# difficulty = 'basic'
# tags = ['reusable-function', 'time-frequency']
# edge_cases = true
# ///
import numpy as np
from scipy import signal


def amplitude_envelope(x):
    """Amplitude envelope of the real signal `x`.

    The envelope is the magnitude of the analytic signal (x plus i times
    its Hilbert transform). Returns a float array of the same length as x.
    """
    # hilbert returns the analytic signal itself, not just the Hilbert transform
    analytic = signal.hilbert(np.asarray(x, dtype=float))
    return np.abs(analytic)


envelope = amplitude_envelope(x)
