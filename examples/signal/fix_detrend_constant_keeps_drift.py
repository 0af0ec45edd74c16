# /// example
# task = """
# The channel `y` (sampled at `fs` Hz) drifts linearly over the recording. This code should remove \
# the drift and store the result in `steady`:
#
# ```python
# from scipy import signal
#
# steady = signal.detrend(y, type="constant")
# ```
#
# It runs, but the drift is still there: only the mean was removed. Fix it so that the \
# least-squares straight line over the whole recording is removed."""
# prompt = """
# My channel `y` (rate `fs`) has a slow linear drift on top of the signal, and I tried to remove \
# it into `steady` with
#
# ```python
# from scipy import signal
#
# steady = signal.detrend(y, type="constant")
# ```
#
# but plotting `steady` shows the same slope, just shifted down. I want the best-fit straight \
# line over the whole record taken out."""
# task_type = 'fix'
# domain = 'signal_processing'
# libraries = ['scipy.signal', 'numpy']
# inputs = { y = 'stereo.y', fs = 'stereo.fs' }
# checks = [
#     'np.shape(steady) == np.shape(y)',
#     'np.allclose(steady, y - np.polyval(np.polyfit(np.arange(len(y)), y, 1), np.arange(len(y))), rtol=1e-7, atol=1e-7 * max(1.0, float(np.abs(y).max())))',
# ]
# difficulty = 'basic'
# tags = ['debugging', 'trend', 'filtering']
# edge_cases = true
# ///
from scipy import signal

# type="constant" subtracts only the mean; "linear" subtracts the least-squares line
steady = signal.detrend(y, type="linear")
