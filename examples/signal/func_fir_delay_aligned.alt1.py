import numpy as np


def filter_aligned(x, taps):
    """Filter x with a linear-phase FIR filter and remove its delay.

    taps is symmetric with an odd length N, so the causal filter delays
    everything by (N - 1) // 2 samples. Returns the causal output shifted
    back by that delay, the same length as x: output[n] is the filter
    centred on x[n], with x taken as zero outside its range.

    Raises ValueError if taps has an even length or is not symmetric.
    """
    h = np.asarray(taps, dtype=float)
    if h.size % 2 != 1 or not np.allclose(h, np.flip(h)):
        raise ValueError("need symmetric taps of odd length")
    x = np.asarray(x, dtype=float)
    half = h.size // 2
    # the full convolution starts `half` samples early; cut it to line up with x
    return np.convolve(x, h)[half : half + x.size]


aligned = filter_aligned(y, np.ones(9) / 9)
even_error = asymmetric_error = ""
try:
    filter_aligned(y, np.ones(4) / 4)
except ValueError as exc:
    even_error = str(exc)
try:
    filter_aligned(y, np.array([1.0, 2.0, 3.0]))
except ValueError as exc:
    asymmetric_error = str(exc)
