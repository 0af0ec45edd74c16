# /// example
# task = """
# Design a 5-tap linear-phase FIR low-pass with cutoff 1000 Hz for a sample rate of 8000 Hz with \
# `firwin` (default Hamming window, unit gain at DC), and store the taps rounded to 4 decimals in \
# `taps`.
#
# ```text
# numtaps = 5, cutoff = 1000 Hz, fs = 8000 Hz
# ```
#
# Wanted:
#
# ```text
# taps = [0.0246, 0.2344, 0.4821, 0.2344, 0.0246]
# ```"""
# prompt = """
# I need a tiny FIR low-pass for an 8 kHz system:
#
# ```text
# numtaps = 5, cutoff = 1000 Hz, fs = 8000 Hz
# ```
#
# Window method with scipy's defaults, coefficients rounded to 4 decimals in `taps`. I expect
#
# ```text
# taps = [0.0246, 0.2344, 0.4821, 0.2344, 0.0246]
# ```"""
# task_type = 'input-output'
# domain = 'signal_processing'
# libraries = ['scipy.signal', 'numpy']
# inputs = {}
# checks = [
#     'np.allclose(taps, [0.0246, 0.2344, 0.4821, 0.2344, 0.0246], atol=5e-5)',
#     # scaled for unit gain at DC
#     'np.isclose(np.sum(taps), 1, atol=5e-4)',
# ]
# difficulty = 'basic'
# tags = ['fir-filter', 'filter-design', 'lowpass']
# ///
import numpy as np
from scipy import signal

# passing fs lets the cutoff be given in Hz instead of as a fraction of Nyquist
taps = np.round(signal.firwin(5, 1000, fs=8000), 4)
