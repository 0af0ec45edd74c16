# /// example
# task = '''
# Write a function `filter_aligned` with the signature and docstring below. Apply it to the
# channel `y` with the 9-tap moving average (`np.ones(9) / 9`) and store the result in `aligned`.
# Store the messages of the ValueErrors it raises for 4 taps `np.ones(4) / 4` in `even_error` and
# for taps `[1, 2, 3]` in `asymmetric_error`.
#
# ```python
# def filter_aligned(x, taps):
#     """Filter x with a linear-phase FIR filter and remove its delay.
#
#     taps is symmetric with an odd length N, so the causal filter delays
#     everything by (N - 1) // 2 samples. Returns the causal output shifted
#     back by that delay, the same length as x: output[n] is the filter
#     centred on x[n], with x taken as zero outside its range.
#
#     Raises ValueError if taps has an even length or is not symmetric.
#     """
# ```'''
# prompt = """
# My FIR filters are symmetric with an odd number of taps, and I'm tired of lining up the output \
# with the input by hand. Please write `filter_aligned(x, taps)` that filters `x` causally, \
# shifts the result back by the (N - 1) // 2 sample delay so `output[n]` is the filter centred on \
# `x[n]` (zeros outside `x`), returns an array the length of `x`, and raises ValueError for an \
# even-length or non-symmetric `taps`. Use it on my channel `y` with a 9-tap moving average \
# (`np.ones(9) / 9`) to get `aligned`, and keep the error messages for taps `np.ones(4) / 4` in \
# `even_error` and for taps `[1, 2, 3]` in `asymmetric_error`."""
# task_type = 'function'
# domain = 'signal_processing'
# libraries = ['scipy.signal', 'numpy']
# inputs = { y = 'stereo.y' }
# checks = [
#     # a centred 3-point average of a ramp gives the ramp back except at the zero-padded ends
#     'np.allclose(filter_aligned(np.arange(6.0), np.ones(3) / 3), [1 / 3, 1, 2, 3, 4, 3])',
#     # an impulse comes back as the taps, centred on the impulse
#     'np.allclose(filter_aligned(np.r_[np.zeros(4), 1.0, np.zeros(4)], np.array([1.0, 2.0, 5.0, 2.0, 1.0])), [0, 0, 1, 2, 5, 2, 1, 0, 0])',
#     'np.allclose(filter_aligned(np.arange(4.0), np.array([1.0])), np.arange(4.0))',
#     'isinstance(even_error, str) and len(even_error) > 0',
#     'isinstance(asymmetric_error, str) and len(asymmetric_error) > 0',
#     'np.shape(aligned) == np.shape(y)',
#     'np.allclose(aligned, np.convolve(y, np.ones(9) / 9, mode="same"), rtol=1e-9, atol=1e-9 * max(1.0, float(np.abs(y).max())))',
# ]
# difficulty = 'intermediate'
# tags = ['reusable-function', 'fir-filter', 'filtering', 'validation']
# edge_cases = true
# ///
import numpy as np
from scipy import signal


def filter_aligned(x, taps):
    """Filter x with a linear-phase FIR filter and remove its delay.

    taps is symmetric with an odd length N, so the causal filter delays
    everything by (N - 1) // 2 samples. Returns the causal output shifted
    back by that delay, the same length as x: output[n] is the filter
    centred on x[n], with x taken as zero outside its range.

    Raises ValueError if taps has an even length or is not symmetric.
    """
    taps = np.asarray(taps, dtype=float)
    if len(taps) % 2 == 0:
        raise ValueError(f"taps must have an odd length, got {len(taps)}")
    if not np.allclose(taps, taps[::-1]):
        raise ValueError("taps must be symmetric (linear phase)")
    delay = (len(taps) - 1) // 2
    # append `delay` zeros so the shifted output still covers the last samples of x
    padded = np.concatenate([np.asarray(x, dtype=float), np.zeros(delay)])
    return signal.lfilter(taps, 1.0, padded)[delay:]


aligned = filter_aligned(y, np.ones(9) / 9)

try:
    filter_aligned(y, np.ones(4) / 4)
except ValueError as err:
    even_error = str(err)
try:
    filter_aligned(y, [1.0, 2.0, 3.0])
except ValueError as err:
    asymmetric_error = str(err)
