# /// example
# task = """
# Compute the first 0.25 s (`n` samples) of the impulse response `h` of a 4th-order Butterworth \
# 50 Hz low-pass (second-order sections `sos`, data at `fs` Hz) by filtering a unit impulse made \
# with `unit_impulse`."""
# prompt = """
# For a 4th-order Butterworth low-pass at 50 Hz (data at `fs` Hz) designed as second-order \
# sections `sos`, I want the first 0.25 s of its impulse response: make a unit impulse of `n` \
# samples, run it through the filter causally and store the response in `h`."""
# domain = 'signal_processing'
# libraries = ['scipy.signal']
# inputs = { fs = 'noisy.fs' }
# checks = [
#     'h.shape == (int(0.25 * fs),)',
#     'np.isclose(h.sum(), 1, atol=1e-3)',
#     'np.isclose(h[0], np.prod(sos[:, 0]))',
#     'np.abs(h[-20:]).max() < 1e-4 * np.abs(h).max()',
# ]
# difficulty = 'basic'
# tags = ['system-response', 'filter-design']
# edge_cases = true
# ///
from scipy import signal as sps

sos = sps.butter(4, 50, fs=fs, output="sos")
n = int(0.25 * fs)
# a 1 at index 0 and zeros after it, so the filter's output is its impulse response
impulse = sps.unit_impulse(n)
h = sps.sosfilt(sos, impulse)
