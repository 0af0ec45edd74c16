# /// example
# task = """
# Turn the normalised analog low-pass prototype H(s) = 1 / (s + 1) into an analog band-pass \
# centred at 1 kHz with a 200 Hz bandwidth, working in rad/s (wo = 2*pi*1000, bw = 2*pi*200), and \
# store the numerator and denominator coefficients in `b` and `a`.
#
# ```text
# prototype: b = [1], a = [1, 1]
# wo = 2*pi*1000 rad/s, bw = 2*pi*200 rad/s
# ```
#
# Wanted:
#
# ```text
# b = [1256.64, 0]
# a = [1, 1256.64, 3.9478e+07]
# ```"""
# prompt = """
# From the first-order prototype 1/(s + 1) I need an analog band-pass around 1 kHz with 200 Hz \
# bandwidth (in rad/s, wo = 2*pi*1000 and bw = 2*pi*200), coefficients `b` and `a`:
#
# ```text
# prototype: b = [1], a = [1, 1]
# wo = 2*pi*1000 rad/s, bw = 2*pi*200 rad/s
# ```
#
# By hand (s -> (s^2 + wo^2) / (bw s)) I get
#
# ```text
# b = [1256.64, 0]
# a = [1, 1256.64, 3.9478e+07]
# ```
#
# Is there a SciPy function for this frequency transformation?"""
# task_type = 'input-output'
# domain = 'signal_processing'
# libraries = ['scipy.signal', 'numpy']
# inputs = {}
# checks = [
#     'np.allclose(b, [1256.64, 0], rtol=1e-4, atol=1e-3)',
#     'np.allclose(a, [1, 1256.64, 3.9478e+07], rtol=1e-4)',
#     # unit gain at the centre frequency
#     'np.isclose(abs(scipy.signal.freqs(b, a, worN=[2 * np.pi * 1000])[1][0]), 1.0)',
# ]
# difficulty = 'intermediate'
# tags = ['filter-design', 'bandpass', 'lti-system']
# ///
import numpy as np
from scipy import signal

wo = 2 * np.pi * 1000
bw = 2 * np.pi * 200
# lp2bp substitutes s -> (s^2 + wo^2) / (bw s) in the prototype
b, a = signal.lp2bp([1.0], [1.0, 1.0], wo=wo, bw=bw)
