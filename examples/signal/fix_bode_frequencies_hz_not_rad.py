# /// example
# task = """
# `system` should be a first-order low-pass filter with a 10 Hz cutoff, \
# H(s) = 1 / (s / (2 pi 10) + 1). This code should give its gain in dB at 1, 10 and 100 Hz in \
# `gain_db` (about 0, -3 and -20 dB):
#
# ```python
# import numpy as np
# from scipy import signal
#
# system = signal.TransferFunction([1], [1 / (2 * np.pi * 10), 1])
# freqs_hz = np.array([1.0, 10.0, 100.0])
# w, gain_db, phase = signal.bode(system, w=freqs_hz)
# ```
#
# It runs, but the gain at 10 Hz comes out near 0 dB instead of -3 dB. Fix it."""
# prompt = """
# I have a 10 Hz first-order low-pass `system` = 1 / (s / (2 pi 10) + 1) and want its gain in dB \
# at 1, 10 and 100 Hz in `gain_db`. I expect roughly 0, -3 and -20 dB but get almost 0 at 10 Hz:
#
# ```python
# import numpy as np
# from scipy import signal
#
# system = signal.TransferFunction([1], [1 / (2 * np.pi * 10), 1])
# freqs_hz = np.array([1.0, 10.0, 100.0])
# w, gain_db, phase = signal.bode(system, w=freqs_hz)
# ```
#
# What's wrong?"""
# task_type = 'fix'
# domain = 'signal_processing'
# libraries = ['scipy.signal', 'numpy']
# inputs = {}
# checks = [
#     'np.shape(gain_db) == (3,)',
#     # |H(j 2 pi f)| = 1 / sqrt(1 + (f / 10)^2)
#     'np.allclose(gain_db, 20 * np.log10(1 / np.sqrt(1 + (np.array([1.0, 10.0, 100.0]) / 10) ** 2)))',
#     'np.allclose(system.poles, [-2 * np.pi * 10])',
# ]
# difficulty = 'intermediate'
# tags = ['debugging', 'system-response', 'lti-system', 'lowpass']
# ///
import numpy as np
from scipy import signal

system = signal.TransferFunction([1], [1 / (2 * np.pi * 10), 1])
freqs_hz = np.array([1.0, 10.0, 100.0])
# bode works in angular frequency: convert Hz to rad/s
w, gain_db, phase = signal.bode(system, w=2 * np.pi * freqs_hz)
