# /// example
# task = '''
# Write a function `peak_fwhm` with the signature and docstring below.
#
# ```python
# def peak_fwhm(x, fs, min_height):
#     """Times and widths of the peaks of the sampled signal x.
#
#     x is sampled at fs Hz. Only peaks whose height is at least min_height
#     count. Returns (peak_times, widths): the peak times in seconds from
#     the first sample, and each peak's width in seconds at half its
#     prominence (linearly interpolated between samples). Both are empty
#     float arrays when no peak qualifies.
#     """
# ```'''
# prompt = """
# I need `peak_fwhm(x, fs, min_height)` for chromatogram-like traces: find the peaks of `x` \
# (sampled at `fs` Hz) at least `min_height` high and return `(peak_times, widths)`: the peak \
# times in seconds from the first sample and the width of each peak in seconds at half its \
# prominence (interpolated between samples). With no peaks, both should be empty float arrays."""
# task_type = 'function'
# domain = 'signal_processing'
# libraries = ['scipy.signal', 'numpy']
# inputs = {}
# checks = [
#     # a Gaussian of sigma 0.05 s centred at 1 s: full width at half maximum 2 sqrt(2 ln 2) sigma
#     'np.allclose(peak_fwhm(np.exp(-0.5 * ((np.arange(2000) / 1000 - 1.0) / 0.05) ** 2), 1000, 0.5)[0], [1.0])',
#     'np.allclose(peak_fwhm(np.exp(-0.5 * ((np.arange(2000) / 1000 - 1.0) / 0.05) ** 2), 1000, 0.5)[1], [2 * np.sqrt(2 * np.log(2)) * 0.05], rtol=1e-3)',
#     # two peaks of different widths at 100 Hz sampling; the small bump below min_height is ignored
#     'np.allclose(peak_fwhm(2 * np.exp(-0.5 * ((np.arange(500) / 100 - 1.0) / 0.1) ** 2) + 3 * np.exp(-0.5 * ((np.arange(500) / 100 - 3.0) / 0.2) ** 2) + 0.4 * np.exp(-0.5 * ((np.arange(500) / 100 - 4.5) / 0.1) ** 2), 100, 1.0)[1], 2 * np.sqrt(2 * np.log(2)) * np.array([0.1, 0.2]), rtol=0.01)',
#     'np.allclose(peak_fwhm(2 * np.exp(-0.5 * ((np.arange(500) / 100 - 1.0) / 0.1) ** 2) + 3 * np.exp(-0.5 * ((np.arange(500) / 100 - 3.0) / 0.2) ** 2) + 0.4 * np.exp(-0.5 * ((np.arange(500) / 100 - 4.5) / 0.1) ** 2), 100, 1.0)[0], [1.0, 3.0])',
#     'all(len(part) == 0 and np.asarray(part).dtype.kind == "f" for part in peak_fwhm(np.zeros(50), 10, 0.1))',
# ]
# difficulty = 'intermediate'
# tags = ['reusable-function', 'peak-detection']
# ///
import numpy as np
from scipy import signal


def peak_fwhm(x, fs, min_height):
    """Times and widths of the peaks of the sampled signal x.

    x is sampled at fs Hz. Only peaks whose height is at least min_height
    count. Returns (peak_times, widths): the peak times in seconds from
    the first sample, and each peak's width in seconds at half its
    prominence (linearly interpolated between samples). Both are empty
    float arrays when no peak qualifies.
    """
    x = np.asarray(x, dtype=float)
    peaks, _ = signal.find_peaks(x, height=min_height)
    if peaks.size == 0:
        return np.array([]), np.array([])
    # rel_height=0.5 measures each width halfway down its prominence
    widths_samples = signal.peak_widths(x, peaks, rel_height=0.5)[0]
    return peaks / fs, widths_samples / fs
