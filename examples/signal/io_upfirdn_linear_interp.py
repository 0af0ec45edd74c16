# /// example
# task = """
# Double the sample rate of `samples` by linear interpolation done as upsampling plus FIR \
# filtering: insert a zero after every sample and filter with the triangular kernel \
# [0.5, 1, 0.5]. Store in `doubled` the part of the output that starts at the first sample and \
# ends at the last one, 7 samples (the filter's one-sample delay and the trailing tail removed).
#
# ```text
# samples = [1, 3, 2, 4]
# ```
#
# Wanted:
#
# ```text
# doubled = [1, 2, 3, 2.5, 2, 3, 4]
# ```"""
# prompt = """
# I want to upsample `samples` by 2 with straight-line interpolation, using the classic \
# zero-stuffing plus triangular [0.5, 1, 0.5] FIR trick:
#
# ```text
# samples = [1, 3, 2, 4]
# ```
#
# and get `doubled` (7 samples), aligned so it starts at the first sample and ends at the last:
#
# ```text
# doubled = [1, 2, 3, 2.5, 2, 3, 4]
# ```"""
# task_type = 'input-output'
# domain = 'signal_processing'
# libraries = ['scipy.signal', 'numpy']
# inputs = {}
# checks = [
#     'np.allclose(doubled, [1, 2, 3, 2.5, 2, 3, 4]) and len(doubled) == 7',
#     'np.allclose(samples, [1, 3, 2, 4])',
# ]
# difficulty = 'intermediate'
# tags = ['resampling', 'fir-filter']
# ///
import numpy as np
from scipy import signal

samples = np.array([1.0, 3.0, 2.0, 4.0])
kernel = np.array([0.5, 1.0, 0.5])
up = 2
# upfirdn inserts up - 1 zeros between samples and filters in one polyphase pass
full = signal.upfirdn(kernel, samples, up=up)
# drop the kernel's one-sample delay and keep up * (n - 1) + 1 points
doubled = full[1 : 1 + up * (len(samples) - 1) + 1]
