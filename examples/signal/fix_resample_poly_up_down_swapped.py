# /// example
# task = """
# `x` is sampled at `fs` Hz. This code should resample it to 5/4 of that rate with a polyphase \
# filter (`resample_poly`), storing the new signal in `resampled`, its rate in `fs_new` and its \
# sample times (from 0) in `t_new`:
#
# ```python
# import numpy as np
# from scipy import signal
#
# fs_new = fs * 5 / 4
# resampled = signal.resample_poly(x, 4, 5)
# t_new = np.arange(len(resampled)) / fs_new
# ```
#
# It runs, but `resampled` is shorter than `x` instead of longer, and ends long before the \
# recording does on the `t_new` axis. Fix it."""
# prompt = """
# I'm converting the recording `x` (rate `fs`) to a rate 5/4 higher with `resample_poly`, and \
# want `resampled`, the new rate `fs_new` and a time axis `t_new` starting at 0:
#
# ```python
# import numpy as np
# from scipy import signal
#
# fs_new = fs * 5 / 4
# resampled = signal.resample_poly(x, 4, 5)
# t_new = np.arange(len(resampled)) / fs_new
# ```
#
# The output has fewer samples than the input and only covers part of the recording. Why?"""
# task_type = 'fix'
# domain = 'signal_processing'
# libraries = ['scipy.signal', 'numpy']
# inputs = { x = 'stereo.x', fs = 'stereo.fs' }
# checks = [
#     'np.isclose(fs_new, fs * 5 / 4)',
#     'len(resampled) == -(-len(x) * 5 // 4)',
#     'np.allclose(resampled, scipy.signal.resample_poly(x, 5, 4))',
#     'np.allclose(t_new, np.arange(len(resampled)) / (fs * 5 / 4))',
# ]
# difficulty = 'intermediate'
# tags = ['debugging', 'resampling']
# edge_cases = true
# ///
import numpy as np
from scipy import signal

fs_new = fs * 5 / 4
# resample_poly(x, up, down): the output rate is fs * up / down
resampled = signal.resample_poly(x, up=5, down=4)
t_new = np.arange(len(resampled)) / fs_new
