# /// example
# task = """
# Convolve `x` with the first-difference kernel `kernel` in the three output modes and store the \
# results in `full`, `same` and `valid`.
#
# ```text
# x      = [1, 2, 4, 7, 11]
# kernel = [1, -1]
# ```
#
# Wanted:
#
# ```text
# full  = [1, 1, 2, 3, 4, -11]
# same  = [1, 1, 2, 3, 4]
# valid = [1, 2, 3, 4]
# ```"""
# prompt = """
# I'm confused by the `mode` argument of convolution. With `x` and `kernel`
#
# ```text
# x      = [1, 2, 4, 7, 11]
# kernel = [1, -1]
# ```
#
# I want to see all three outputs, in `full`, `same` and `valid`; they should come out as
#
# ```text
# full  = [1, 1, 2, 3, 4, -11]
# same  = [1, 1, 2, 3, 4]
# valid = [1, 2, 3, 4]
# ```"""
# task_type = 'input-output'
# domain = 'signal_processing'
# libraries = ['scipy.signal', 'numpy']
# inputs = {}
# checks = [
#     'np.allclose(full, [1, 1, 2, 3, 4, -11])',
#     'np.allclose(same, [1, 1, 2, 3, 4])',
#     'np.allclose(valid, [1, 2, 3, 4])',
#     'np.allclose(x, [1, 2, 4, 7, 11]) and np.allclose(kernel, [1, -1])',
# ]
# difficulty = 'basic'
# tags = ['filtering']
# ///
import numpy as np
from scipy import signal

x = np.array([1, 2, 4, 7, 11])
kernel = np.array([1, -1])
full = signal.convolve(x, kernel, mode="full")
# "same" keeps len(x) samples, centred on the full result
same = signal.convolve(x, kernel, mode="same")
# "valid" keeps only the samples where the kernel fully overlaps x
valid = signal.convolve(x, kernel, mode="valid")
