# /// example
# task = """
# `period` below holds 4 samples of exactly one period of a periodic, band-limited signal. \
# Resample it to 8 samples per period with Fourier (FFT) interpolation and store the result in \
# `upsampled`.
#
# ```text
# period = [2, 1, 0, 1]
# ```
#
# Wanted, rounded to 4 decimals:
#
# ```text
# upsampled = [2, 1.7071, 1, 0.2929, 0, 0.2929, 1, 1.7071]
# ```"""
# prompt = """
# I have one period of a periodic waveform sampled 4 times, `period`:
#
# ```text
# period = [2, 1, 0, 1]
# ```
#
# and need 8 points per period (`upsampled`), interpolated in the frequency domain so the result \
# stays band-limited and periodic, i.e. something like
#
# ```text
# upsampled = [2, 1.7071, 1, 0.2929, 0, 0.2929, 1, 1.7071]
# ```"""
# task_type = 'input-output'
# domain = 'signal_processing'
# libraries = ['scipy.signal', 'numpy']
# inputs = {}
# checks = [
#     'np.allclose(upsampled, [2, 1.7071, 1, 0.2929, 0, 0.2929, 1, 1.7071], atol=5e-5)',
#     'np.allclose(period, [2, 1, 0, 1])',
# ]
# difficulty = 'advanced'
# tags = ['resampling', 'fourier-transform']
# ///
import numpy as np
from scipy import signal

period = np.array([2.0, 1.0, 0.0, 1.0])
# resample works in the frequency domain and treats the input as one period of a periodic signal
upsampled = signal.resample(period, 8)
