# /// example
# task = """
# Turn the analog RC low-pass H(s) = wc / (s + wc) with a 1000 Hz cutoff into a digital filter for \
# 8000 Hz sampling with the bilinear transform, prewarping wc so that the digital filter's -3 dB \
# point stays at exactly 1000 Hz. Store the digital coefficients in `b` and `a`; rounded to 4 \
# decimals they are as shown.
#
# ```text
# analog: H(s) = wc / (s + wc), cutoff 1000 Hz
# fs = 8000 Hz
# ```
#
# Wanted:
#
# ```text
# b = [0.2929 0.2929]
# a = [ 1.     -0.4142]
# ```"""
# prompt = """
# I'm porting a first-order RC low-pass, H(s) = wc / (s + wc) with the corner at 1000 Hz, to a \
# DSP running at 8 kHz:
#
# ```text
# analog: H(s) = wc / (s + wc), cutoff 1000 Hz
# fs = 8000 Hz
# ```
#
# Plugging wc = 2*pi*1000 straight into the bilinear transform moves the corner, so I want the \
# prewarped version, which should give these `b` and `a`:
#
# ```text
# b = [0.2929 0.2929]
# a = [ 1.     -0.4142]
# ```
#
# How do I get them with SciPy?"""
# task_type = 'input-output'
# domain = 'signal_processing'
# libraries = ['scipy.signal', 'numpy']
# inputs = {}
# checks = [
#     'np.allclose(b, [0.2929, 0.2929], atol=5e-5)',
#     'np.allclose(a, [1.0, -0.4142], atol=5e-5)',
#     # prewarping keeps the -3 dB point at 1000 Hz (without it the gain there is not 1/sqrt(2))
#     'np.isclose(abs(scipy.signal.freqz(b, a, worN=[1000.0], fs=8000)[1][0]), 1 / np.sqrt(2))',
# ]
# difficulty = 'advanced'
# tags = ['filter-design', 'iir-filter', 'lowpass', 'lti-system']
# ///
import numpy as np
from scipy import signal

fs = 8000
fc = 1000
# prewarp: the bilinear transform maps analog wc to digital fc only if wc = 2 fs tan(pi fc / fs)
wc = 2 * fs * np.tan(np.pi * fc / fs)
b, a = signal.bilinear([wc], [1, wc], fs=fs)
