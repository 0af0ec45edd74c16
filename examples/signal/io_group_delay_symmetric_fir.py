# /// example
# task = """
# Compute the group delay, in samples, of the symmetric FIR filter `taps` at the normalised \
# angular frequencies `w` (rad/sample) and store it in `delay`.
#
# ```text
# taps = [1, 2, 3, 2, 1]
# w    = [0.1, 0.5, 1.0, 2.0]
# ```
#
# Wanted:
#
# ```text
# delay = [2.0, 2.0, 2.0, 2.0]
# ```"""
# prompt = """
# Is it true that a symmetric FIR filter delays every frequency equally? For `taps` at `w`
#
# ```text
# taps = [1, 2, 3, 2, 1]
# w    = [0.1, 0.5, 1.0, 2.0]
# ```
#
# (w in rad/sample) give me the group delay in samples as `delay`; I expect
#
# ```text
# delay = [2.0, 2.0, 2.0, 2.0]
# ```"""
# task_type = 'input-output'
# domain = 'signal_processing'
# libraries = ['scipy.signal', 'numpy']
# inputs = {}
# checks = [
#     'np.allclose(delay, [2.0, 2.0, 2.0, 2.0])',
#     'np.allclose(w, [0.1, 0.5, 1.0, 2.0]) and np.allclose(taps, [1, 2, 3, 2, 1])',
# ]
# difficulty = 'basic'
# tags = ['fir-filter', 'system-response']
# ///
import numpy as np
from scipy import signal

taps = np.array([1, 2, 3, 2, 1])
w = np.array([0.1, 0.5, 1.0, 2.0])
# an FIR filter is (b, a) with a = [1]; w is in rad/sample because fs is not given
_, delay = signal.group_delay((taps, [1]), w=w)
