# /// example
# task = """
# The readings `blurred` below are a short input `x` convolved with the known sensor response \
# `response` = [1, 1, 0.5]. Recover `x` by polynomial division (deconvolution) and store the \
# remainder (5 values, one per reading) in `remainder`.
#
# ```text
# blurred  = [1, 3, 5.5, 4, 1.5]
# response = [1, 1, 0.5]
# ```
#
# Wanted:
#
# ```text
# x = [1, 2, 3]
# remainder = [0, 0, 0, 0, 0]
# ```"""
# prompt = """
# My sensor smears every input sample over three outputs with weights `response` = [1, 1, 0.5], \
# and I recorded `blurred`:
#
# ```text
# blurred  = [1, 3, 5.5, 4, 1.5]
# response = [1, 1, 0.5]
# ```
#
# I want back the original input `x` (and the 5-value `remainder`, to see that it divides exactly):
#
# ```text
# x = [1, 2, 3]
# remainder = [0, 0, 0, 0, 0]
# ```"""
# task_type = 'input-output'
# domain = 'signal_processing'
# libraries = ['scipy.signal', 'numpy']
# inputs = {}
# checks = [
#     'np.allclose(x, [1, 2, 3])',
#     'np.allclose(remainder, 0) and len(remainder) == 5',
#     'np.allclose(blurred, [1, 3, 5.5, 4, 1.5]) and np.allclose(response, [1, 1, 0.5])',
# ]
# difficulty = 'intermediate'
# tags = ['filtering', 'fir-filter']
# ///
import numpy as np
from scipy import signal

blurred = np.array([1, 3, 5.5, 4, 1.5])
response = np.array([1, 1, 0.5])
# deconvolve divides the polynomials: blurred = convolve(response, x) + remainder
x, remainder = signal.deconvolve(blurred, response)
