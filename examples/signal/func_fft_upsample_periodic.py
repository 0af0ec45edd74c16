# /// example
# task = '''
# Write a function `upsample_periodic` with the signature and docstring below. Upsample the
# periodic samples `x` (one period) by a factor of 3 with it and store the result in `fine`.
#
# ```python
# def upsample_periodic(x, factor):
#     """Band-limited (Fourier) interpolation of one period of a periodic signal.
#
#     Returns len(x) * factor samples covering the same period, so the
#     original samples reappear at every factor-th position. `factor` is an
#     integer >= 1.
#     """
# ```'''
# prompt = """
# My samples `x` are one period of a periodic, band-limited signal and I want them on a finer \
# grid without the ringing of polynomial interpolation: write `upsample_periodic(x, factor)` doing \
# Fourier (FFT) interpolation to len(x) * factor samples over the same period, so every \
# factor-th output is an original sample. Upsample `x` by 3 into `fine`."""
# task_type = 'function'
# domain = 'signal_processing'
# libraries = ['scipy.signal', 'numpy']
# inputs = { x = 'uniform_values' }
# checks = [
#     # three whole cycles of a sine are reproduced exactly on the finer grid
#     'np.allclose(upsample_periodic(np.sin(2 * np.pi * 3 * np.arange(40) / 40), 4), np.sin(2 * np.pi * 3 * np.arange(160) / 160))',
#     'np.allclose(upsample_periodic(2.0 + np.cos(2 * np.pi * np.arange(9) / 9), 5), 2.0 + np.cos(2 * np.pi * np.arange(45) / 45))',
#     'np.allclose(upsample_periodic([1.0, 0.0, -1.0, 0.5, 2.0, 0.0], 3), scipy.signal.resample([1.0, 0.0, -1.0, 0.5, 2.0, 0.0], 18))',
#     'np.allclose(upsample_periodic([1.0, 0.0, -1.0, 0.5, 2.0, 0.0], 3)[::3], [1.0, 0.0, -1.0, 0.5, 2.0, 0.0])',
#     'np.allclose(upsample_periodic([4.0, 1.0, 3.0], 1), [4.0, 1.0, 3.0])',
#     'len(fine) == 3 * len(x)',
#     'np.allclose(fine, scipy.signal.resample(x, 3 * len(x)), atol=1e-9 * np.max(np.abs(x)))',
#     'np.allclose(fine[::3], x, atol=1e-9 * np.max(np.abs(x)))',
# ]
# difficulty = 'intermediate'
# tags = ['reusable-function', 'resampling', 'fourier-transform', 'interpolation']
# edge_cases = true
# ///
import numpy as np
from scipy import signal


def upsample_periodic(x, factor):
    """Band-limited (Fourier) interpolation of one period of a periodic signal.

    Returns len(x) * factor samples covering the same period, so the
    original samples reappear at every factor-th position. `factor` is an
    integer >= 1.
    """
    x = np.asarray(x, dtype=float)
    # resample zero-pads the spectrum, which assumes x is periodic
    return signal.resample(x, len(x) * factor)


fine = upsample_periodic(x, 3)
