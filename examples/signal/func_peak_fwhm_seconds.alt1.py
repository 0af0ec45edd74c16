import numpy as np
import scipy.signal as sps


def peak_fwhm(x, fs, min_height):
    """Times and widths of the peaks of the sampled signal x.

    x is sampled at fs Hz. Only peaks whose height is at least min_height
    count. Returns (peak_times, widths): the peak times in seconds from
    the first sample, and each peak's width in seconds at half its
    prominence (linearly interpolated between samples). Both are empty
    float arrays when no peak qualifies.
    """
    # width=0 makes find_peaks report every peak's width (at rel_height 0.5 by default)
    peaks, props = sps.find_peaks(np.asarray(x, dtype=float), height=min_height, width=0)
    return peaks.astype(float) / fs, np.asarray(props["widths"], dtype=float) / fs
