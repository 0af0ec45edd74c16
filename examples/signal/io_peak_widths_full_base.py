# /// example
# task = """
# Find the peaks of `x` (indices in `peaks`) and measure each one's width twice with `peak_widths`: at half its \
# prominence (`half_widths`) and at its full base, i.e. at the height of its lowest contour line \
# (`base_widths`), both in samples.
#
# ```text
# x = [0, 1, 3, 1, 0, 2, 5, 2, 0]
# ```
#
# Wanted:
#
# ```text
# peaks       = [2, 6]
# half_widths = [1.5, 1.667]
# base_widths = [4.0, 4.0]
# ```"""
# prompt = """
# For the two bumps in
#
# ```text
# x = [0, 1, 3, 1, 0, 2, 5, 2, 0]
# ```
#
# I want their indices in `peaks`, the width at half prominence in `half_widths` and the width at \
# the very bottom of each peak in `base_widths` (in samples). I expect
#
# ```text
# peaks       = [2, 6]
# half_widths = [1.5, 1.667]
# base_widths = [4.0, 4.0]
# ```"""
# task_type = 'input-output'
# domain = 'signal_processing'
# libraries = ['scipy.signal', 'numpy']
# inputs = {}
# checks = [
#     'np.array_equal(peaks, [2, 6])',
#     'np.allclose(half_widths, [1.5, 1.667], atol=1e-3)',
#     'np.allclose(base_widths, [4.0, 4.0])',
# ]
# difficulty = 'basic'
# tags = ['peak-detection']
# ///
import numpy as np
from scipy import signal

x = np.array([0, 1, 3, 1, 0, 2, 5, 2, 0], dtype=float)
peaks, _ = signal.find_peaks(x)
half_widths = signal.peak_widths(x, peaks, rel_height=0.5)[0]
# rel_height=1 measures at the base of the peak (its prominence reference level)
base_widths = signal.peak_widths(x, peaks, rel_height=1.0)[0]
