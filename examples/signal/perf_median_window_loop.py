# /// example
# task = """
# This code removes spikes from the channel `y` with a centred 7-sample running median, treating \
# samples beyond both ends as zeros, into `cleaned` (same length as `y`):
#
# ```python
# import numpy as np
#
# half = 3
# padded = np.concatenate([np.zeros(half), y, np.zeros(half)])
# cleaned = np.array([np.median(padded[i : i + 2 * half + 1]) for i in range(len(y))])
# ```
#
# Compute the same `cleaned` without the Python loop."""
# prompt = """
# I despike my channel `y` with a 7-point running median (zeros assumed past the ends), giving \
# `cleaned`, using this comprehension:
#
# ```python
# import numpy as np
#
# half = 3
# padded = np.concatenate([np.zeros(half), y, np.zeros(half)])
# cleaned = np.array([np.median(padded[i : i + 2 * half + 1]) for i in range(len(y))])
# ```
#
# It's slow on long recordings; is there a library call that does exactly this?"""
# task_type = 'performance'
# domain = 'signal_processing'
# libraries = ['scipy.signal', 'numpy']
# inputs = { y = 'stereo.y' }
# checks = [
#     'np.shape(cleaned) == np.shape(y)',
#     'np.allclose(cleaned, np.median(np.lib.stride_tricks.sliding_window_view(np.r_[np.zeros(3), y, np.zeros(3)], 7), axis=1))',
# ]
# difficulty = 'basic'
# tags = ['vectorization', 'filtering', 'outliers']
# edge_cases = true
# ///
from scipy import signal

# medfilt pads with zeros, exactly like the loop
cleaned = signal.medfilt(y, kernel_size=7)
