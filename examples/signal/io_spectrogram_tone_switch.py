# /// example
# task = """
# Build the 1 s test signal described below (sampled at 1000 Hz: a 50 Hz sine for the first half, \
# a 120 Hz sine for the second). Compute its spectrogram with non-overlapping 100-sample segments \
# and store the segment centre times in `times` and the strongest frequency of each segment in \
# `dominant` (Hz).
#
# ```text
# fs = 1000 Hz, t = 0 ... 0.999 s
# x = sin(2*pi*50*t)  for t < 0.5
#     sin(2*pi*120*t) for t >= 0.5
# ```
#
# Wanted:
#
# ```text
# times    = [0.05, 0.15, 0.25, 0.35, 0.45, 0.55, 0.65, 0.75, 0.85, 0.95]
# dominant = [50, 50, 50, 50, 50, 120, 120, 120, 120, 120]
# ```"""
# prompt = """
# I'm testing a tone tracker on a signal that switches frequency halfway:
#
# ```text
# fs = 1000 Hz, t = 0 ... 0.999 s
# x = sin(2*pi*50*t)  for t < 0.5
#     sin(2*pi*120*t) for t >= 0.5
# ```
#
# With a spectrogram of non-overlapping 100-sample segments I want each segment's centre time in \
# `times` and its peak frequency in `dominant`:
#
# ```text
# times    = [0.05, 0.15, 0.25, 0.35, 0.45, 0.55, 0.65, 0.75, 0.85, 0.95]
# dominant = [50, 50, 50, 50, 50, 120, 120, 120, 120, 120]
# ```"""
# task_type = 'input-output'
# domain = 'signal_processing'
# libraries = ['scipy.signal', 'numpy']
# inputs = {}
# checks = [
#     'np.allclose(times, [0.05, 0.15, 0.25, 0.35, 0.45, 0.55, 0.65, 0.75, 0.85, 0.95])',
#     'np.allclose(dominant, [50, 50, 50, 50, 50, 120, 120, 120, 120, 120])',
# ]
# difficulty = 'intermediate'
# tags = ['spectral-analysis', 'time-frequency']
# ///
import numpy as np
from scipy import signal

fs = 1000
t = np.arange(1000) / fs
x = np.where(t < 0.5, np.sin(2 * np.pi * 50 * t), np.sin(2 * np.pi * 120 * t))
# noverlap=0 makes the ten 100-sample segments line up with the switch at 0.5 s
freqs, times, power = signal.spectrogram(x, fs=fs, nperseg=100, noverlap=0)
dominant = freqs[np.argmax(power, axis=0)]
