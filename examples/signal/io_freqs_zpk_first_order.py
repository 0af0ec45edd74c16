# /// example
# task = """
# For the analog first-order low-pass H(s) = 1 / (s + 1), given in zero-pole-gain form (no \
# zeros, a pole at -1, gain 1), compute the frequency response at 0.5, 1 and 2 rad/s and store \
# its magnitude in `magnitude` and its phase in degrees in `phase_deg`.
#
# ```text
# zeros = [], poles = [-1], gain = 1
# w = [0.5, 1, 2] rad/s
# ```
#
# Wanted, rounded to 4 decimals:
#
# ```text
# magnitude = [0.8944, 0.7071, 0.4472]
# phase_deg = [-26.5651, -45, -63.4349]
# ```"""
# prompt = """
# My analog prototype is stored as zeros, poles and gain (none, -1, 1), i.e. 1/(s + 1). I want \
# its response at 0.5, 1 and 2 rad/s as `magnitude` and `phase_deg` (degrees):
#
# ```text
# zeros = [], poles = [-1], gain = 1
# w = [0.5, 1, 2] rad/s
# ```
#
# which should be
#
# ```text
# magnitude = [0.8944, 0.7071, 0.4472]
# phase_deg = [-26.5651, -45, -63.4349]
# ```
#
# without converting to polynomial coefficients first."""
# task_type = 'input-output'
# domain = 'signal_processing'
# libraries = ['scipy.signal', 'numpy']
# inputs = {}
# checks = [
#     'np.allclose(magnitude, [0.8944, 0.7071, 0.4472], atol=5e-5)',
#     'np.allclose(phase_deg, [-26.5651, -45, -63.4349], atol=5e-5)',
# ]
# difficulty = 'basic'
# tags = ['system-response', 'lti-system']
# ///
import numpy as np
from scipy import signal

# freqs_zpk evaluates the analog response straight from zeros, poles and gain (w in rad/s)
_, response = signal.freqs_zpk([], [-1.0], 1.0, worN=[0.5, 1.0, 2.0])
magnitude = np.abs(response)
phase_deg = np.degrees(np.angle(response))
