import math

import numpy as np
import scipy.signal as sps


def convert_rate(x, fs_in, fs_out):
    """Resample `x` from fs_in Hz to fs_out Hz by polyphase filtering.

    Both rates are whole numbers of Hz (ints or integral floats); the
    up/down factors are fs_out and fs_in divided by their greatest common
    divisor. Returns a float array of ceil(len(x) * fs_out / fs_in) samples.
    """
    rate_in, rate_out = round(fs_in), round(fs_out)
    common = math.gcd(rate_in, rate_out)
    return sps.resample_poly(
        np.asarray(x, dtype=float), up=rate_out // common, down=rate_in // common
    )


converted = convert_rate(x, fs, 11025)
