# /// example
# task = """
# Design a 2nd-order Butterworth low-pass digital filter with a 100 Hz cutoff for data sampled at \
# 800 Hz and store its transfer-function coefficients in `b` (numerator) and `a` (denominator); \
# rounded to 4 decimals they print as shown.
#
# ```text
# order = 2, cutoff = 100 Hz, fs = 800 Hz
# ```
#
# Wanted:
#
# ```text
# b = [0.0976 0.1953 0.0976]
# a = [ 1.     -0.9428  0.3333]
# ```"""
# prompt = """
# I need the b/a coefficients of a second-order Butterworth low-pass, cutoff 100 Hz, for a signal \
# sampled at 800 Hz:
#
# ```text
# order = 2, cutoff = 100 Hz, fs = 800 Hz
# ```
#
# My reference (another tool) gives these `b` and `a`; how do I get the same in SciPy?
#
# ```text
# b = [0.0976 0.1953 0.0976]
# a = [ 1.     -0.9428  0.3333]
# ```"""
# task_type = 'input-output'
# domain = 'signal_processing'
# libraries = ['scipy.signal', 'numpy']
# inputs = {}
# checks = [
#     'np.allclose(b, [0.0976, 0.1953, 0.0976], atol=5e-5)',
#     'np.allclose(a, [1.0, -0.9428, 0.3333], atol=5e-5)',
#     # unit gain at DC and -3 dB (gain 1/sqrt(2)) at the 100 Hz cutoff
#     'np.isclose(np.sum(b) / np.sum(a), 1.0)',
#     'np.isclose(abs(scipy.signal.freqz(b, a, worN=[100.0], fs=800.0)[1][0]), 1 / np.sqrt(2))',
# ]
# difficulty = 'basic'
# tags = ['filter-design', 'iir-filter', 'lowpass']
# ///
from scipy import signal

# fs= lets the cutoff be given in Hz instead of as a fraction of the Nyquist frequency
b, a = signal.butter(2, 100, btype="lowpass", fs=800)
