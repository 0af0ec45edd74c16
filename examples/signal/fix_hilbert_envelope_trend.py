# /// example
# task = """
# The channel `y` oscillates around a slowly drifting baseline. This code should give the \
# amplitude envelope of the oscillation itself, i.e. of `y` after removing its least-squares \
# straight-line trend, and store it in `envelope`. It runs, but the envelope follows the drift \
# instead of the oscillation's amplitude:
#
# ```python
# import numpy as np
# from scipy import signal
#
# envelope = np.abs(signal.hilbert(y))
# ```
#
# Fix it."""
# prompt = """
# I want the amplitude envelope of the oscillation in `y`, which sits on a linear drift, into \
# `envelope`:
#
# ```python
# import numpy as np
# from scipy import signal
#
# envelope = np.abs(signal.hilbert(y))
# ```
#
# The result just climbs with the drift. How do I get the envelope of the wiggles around the \
# straight-line trend?"""
# task_type = 'fix'
# domain = 'signal_processing'
# libraries = ['scipy.signal', 'numpy']
# inputs = { y = 'stereo.y' }
# checks = [
#     'np.shape(envelope) == np.shape(y)',
#     # the envelope of the residual after a least-squares line fit
#     'np.allclose(envelope, np.abs(scipy.signal.hilbert(y - np.polyval(np.polyfit(np.arange(len(y)), y, 1), np.arange(len(y))))), atol=1e-8 * (1 + np.abs(y).max()))',
# ]
# difficulty = 'intermediate'
# tags = ['debugging', 'time-frequency', 'trend']
# edge_cases = true
# ///
import numpy as np
from scipy import signal

# the Hilbert transform treats the drift as part of the oscillation: remove the linear trend first
oscillation = signal.detrend(y, type="linear")
envelope = np.abs(signal.hilbert(oscillation))
