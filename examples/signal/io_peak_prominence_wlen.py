# /// example
# task = """
# Find every local maximum of `trace` and report, for each, its index in `peaks`, its prominence \
# measured only within a window of 5 samples centred on the peak in `prominences`, and its width at \
# half that prominence in `widths` (in samples).
#
# ```text
# trace = [0, 1, 0, 4, 2, 3, 1, 0, 2, 0, 6, 0]
# ```
#
# Wanted:
#
# ```text
# peaks       = [1, 3, 5, 8, 10]
# prominences = [1, 2, 1, 2, 6]
# widths      = [1, 0.75, 0.75, 1, 1]
# ```"""
# prompt = """
# For the short `trace` below I need all the peaks (`peaks`), with prominences that only look \
# at a local window of 5 samples around each peak (`prominences`) and the widths at half \
# prominence in samples (`widths`):
#
# ```text
# trace = [0, 1, 0, 4, 2, 3, 1, 0, 2, 0, 6, 0]
# ```
#
# Expected:
#
# ```text
# peaks       = [1, 3, 5, 8, 10]
# prominences = [1, 2, 1, 2, 6]
# widths      = [1, 0.75, 0.75, 1, 1]
# ```
#
# Without the window the peak at 3 gets prominence 4, which I don't want."""
# task_type = 'input-output'
# domain = 'signal_processing'
# libraries = ['scipy.signal', 'numpy']
# inputs = {}
# checks = [
#     'np.array_equal(peaks, [1, 3, 5, 8, 10])',
#     'np.allclose(prominences, [1, 2, 1, 2, 6])',
#     'np.allclose(widths, [1, 0.75, 0.75, 1, 1])',
#     'np.allclose(trace, [0, 1, 0, 4, 2, 3, 1, 0, 2, 0, 6, 0])',
# ]
# difficulty = 'advanced'
# tags = ['peak-detection']
# ///
import numpy as np
from scipy import signal

trace = np.array([0, 1, 0, 4, 2, 3, 1, 0, 2, 0, 6, 0], dtype=float)
# wlen=5 limits the search for each peak's bases to 2 samples either side
peaks, properties = signal.find_peaks(trace, wlen=5, width=0, rel_height=0.5)
prominences = properties["prominences"]
widths = properties["widths"]
