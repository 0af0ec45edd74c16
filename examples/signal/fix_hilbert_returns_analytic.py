# /// example
# task = """
# This code should compute the amplitude envelope of the recording `x` as sqrt(x^2 + H(x)^2), \
# where H(x) is the Hilbert transform, and store it in `envelope`:
#
# ```python
# import numpy as np
# from scipy import signal
#
# envelope = np.sqrt(x**2 + signal.hilbert(x) ** 2)
# ```
#
# It runs, but `envelope` comes out complex and does not follow the signal's amplitude. Fix it so \
# `envelope` is the real, non-negative envelope with the same length as `x`."""
# prompt = """
# I compute the envelope of my audio `x` the textbook way, sqrt(x^2 + H(x)^2), into `envelope`:
#
# ```python
# import numpy as np
# from scipy import signal
#
# envelope = np.sqrt(x**2 + signal.hilbert(x) ** 2)
# ```
#
# but I get complex numbers that make no sense. I want a real, non-negative `envelope`, same \
# length as `x`."""
# task_type = 'fix'
# domain = 'signal_processing'
# libraries = ['scipy.signal', 'numpy']
# inputs = { x = 'audio.signal' }
# checks = [
#     'np.shape(envelope) == np.shape(x) and np.isrealobj(envelope)',
#     'np.allclose(envelope, np.abs(scipy.signal.hilbert(x)), rtol=1e-9, atol=1e-12 * max(1.0, float(np.abs(x).max())))',
#     'np.all(envelope >= np.abs(x) - 1e-9 * max(1.0, float(np.abs(x).max())))',
# ]
# difficulty = 'intermediate'
# tags = ['debugging', 'time-frequency']
# edge_cases = true
# ///
import numpy as np
from scipy import signal

# hilbert returns the analytic signal x + iH(x), not H(x): its magnitude is the envelope
analytic = signal.hilbert(x)
envelope = np.abs(analytic)
