# /// example
# task = """
# This code should find the troughs (local minima) of the signal `x` that have a prominence of \
# at least 0.5 and store their indices in `troughs`:
#
# ```python
# from scipy import signal
#
# troughs, _ = signal.find_peaks(x, prominence=0.5)
# ```
#
# It runs, but the samples it returns are the tops of the waveform, not the bottoms. Fix it."""
# prompt = """
# I need the dips of my signal `x`, the local minima with prominence of at least `0.5`, as \
# indices in `troughs`:
#
# ```python
# from scipy import signal
#
# troughs, _ = signal.find_peaks(x, prominence=0.5)
# ```
#
# When I mark them on the plot they sit on the maxima instead. How do I get the minima?"""
# task_type = 'fix'
# domain = 'signal_processing'
# libraries = ['scipy.signal', 'numpy']
# inputs = { x = 'stereo.x' }
# checks = [
#     'np.array_equal(np.asarray(troughs), scipy.signal.find_peaks(-np.asarray(x), prominence=0.5)[0])',
#     # every reported trough is a local minimum
#     'all(x[i] <= x[i - 1] and x[i] <= x[i + 1] for i in troughs)',
# ]
# difficulty = 'basic'
# tags = ['debugging', 'peak-detection']
# edge_cases = true
# ///
import numpy as np
from scipy import signal

# find_peaks only looks for maxima: the minima of x are the maxima of -x
troughs, _ = signal.find_peaks(-np.asarray(x), prominence=0.5)
