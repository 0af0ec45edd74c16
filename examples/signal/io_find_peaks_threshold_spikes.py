# /// example
# task = """
# In the trace `x`, keep only the peaks that stand at least 2 above BOTH of their immediate \
# neighbours (a sharp spike, not a broad hump). Store their indices in `spikes`.
#
# ```text
# x = [0, 1, 0, 5, 1, 2, 1, 0, 3.5, 3]
# ```
#
# Wanted:
#
# ```text
# spikes = [3]
# ```"""
# prompt = """
# Single-sample spikes in my trace jump at least 2 above the samples right next to them, while \
# real features rise gradually. For my trace `x`
#
# ```text
# x = [0, 1, 0, 5, 1, 2, 1, 0, 3.5, 3]
# ```
#
# I want only the spike indices in `spikes`:
#
# ```text
# spikes = [3]
# ```"""
# task_type = 'input-output'
# domain = 'signal_processing'
# libraries = ['scipy.signal', 'numpy']
# inputs = {}
# checks = [
#     'np.array_equal(spikes, [3])',
#     'np.allclose(x, [0, 1, 0, 5, 1, 2, 1, 0, 3.5, 3])',
# ]
# difficulty = 'basic'
# tags = ['peak-detection', 'outliers']
# ///
import numpy as np
from scipy import signal

x = np.array([0, 1, 0, 5, 1, 2, 1, 0, 3.5, 3])
# threshold is the vertical distance to the neighbouring samples (height or prominence would keep 8 too)
spikes, _ = signal.find_peaks(x, threshold=2)
