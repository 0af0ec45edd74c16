# /// example
# task = """
# Compute the first 0.25 s (`n` samples) of the impulse response `h` of a 4th-order Butterworth \
# 50 Hz low-pass (second-order sections `sos`, data at `fs` Hz) by filtering a unit impulse made \
# with `unit_impulse`."""
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
# tags = ['impulse-response', 'filter-design']
# edge_cases = true
# ///
from scipy import signal as sps

sos = sps.butter(4, 50, fs=fs, output="sos")
n = int(0.25 * fs)
impulse = sps.unit_impulse(n)
h = sps.sosfilt(sos, impulse)
