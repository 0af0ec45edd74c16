# /// example
# task = """
# Convert the linear-phase FIR filter `h` below to a minimum-phase filter with the homomorphic \
# method, store it in `h_min`, and store in `delay_samples` the group delay of `h` in samples \
# (constant, since `h` is symmetric). The minimum-phase filter has half the length and a \
# magnitude response equal to the square root of `h`'s.
#
# ```text
# h = [1, 2.5, 1]
# ```
#
# Wanted, rounded to 4 decimals:
#
# ```text
# h_min = [1.4142, 0.7071]
# delay_samples = 1.0
# ```"""
# prompt = """
# My symmetric FIR `h` delays everything by a fixed number of samples (`delay_samples`), and I \
# want a minimum-phase version `h_min` for lower latency (homomorphic method, so its magnitude is \
# the square root of the original's):
#
# ```text
# h = [1, 2.5, 1]
# ```
#
# I expect
#
# ```text
# h_min = [1.4142, 0.7071]
# delay_samples = 1.0
# ```"""
# task_type = 'input-output'
# domain = 'signal_processing'
# libraries = ['scipy.signal', 'numpy']
# inputs = {}
# checks = [
#     'np.allclose(h_min, [1.4142, 0.7071], atol=5e-5)',
#     'np.isclose(delay_samples, 1.0)',
#     # the minimum-phase filter's squared magnitude equals the original magnitude
#     'np.allclose(np.abs(np.fft.rfft(h_min, 64)) ** 2, np.abs(np.fft.rfft([1, 2.5, 1], 64)), atol=1e-5)',
# ]
# difficulty = 'advanced'
# tags = ['filter-design', 'fir-filter', 'system-response']
# ///
import numpy as np
from scipy import signal

h = np.array([1.0, 2.5, 1.0])
h_min = signal.minimum_phase(h, method="homomorphic")
# group_delay returns the delay at each frequency; a symmetric FIR has the same delay everywhere
_, delays = signal.group_delay((h, [1.0]), w=[0.1, 0.5, 1.0])
delay_samples = float(np.mean(delays))
