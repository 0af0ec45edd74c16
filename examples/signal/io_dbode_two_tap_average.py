# /// example
# task = """
# For the two-sample average H(z) = (0.5 z + 0.5) / z sampled at 8000 Hz, compute the Bode \
# magnitude in dB and phase in degrees at 0, 1000 and 2000 Hz and store them in `mag_db` and \
# `phase_deg`.
#
# ```text
# num = [0.5, 0.5], den = [1, 0], fs = 8000 Hz
# frequencies = [0, 1000, 2000] Hz
# ```
#
# Wanted, rounded to 3 decimals:
#
# ```text
# mag_db    = [0, -0.688, -3.010]
# phase_deg = [0, -22.5, -45]
# ```"""
# prompt = """
# I want the discrete-time Bode data of my 2-tap averager H(z) = (0.5 z + 0.5) / z at 8 kHz \
# sampling, at 0, 1000 and 2000 Hz, as `mag_db` (dB) and `phase_deg` (degrees):
#
# ```text
# num = [0.5, 0.5], den = [1, 0], fs = 8000 Hz
# frequencies = [0, 1000, 2000] Hz
# ```
#
# It should be
#
# ```text
# mag_db    = [0, -0.688, -3.010]
# phase_deg = [0, -22.5, -45]
# ```
#
# but passing the frequencies in Hz gives me the wrong numbers, and in rad/s 0 dB everywhere."""
# task_type = 'input-output'
# domain = 'signal_processing'
# libraries = ['scipy.signal', 'numpy']
# inputs = {}
# checks = [
#     'np.allclose(mag_db, [0, -0.688, -3.010], atol=5e-4)',
#     'np.allclose(phase_deg, [0, -22.5, -45], atol=1e-6)',
# ]
# difficulty = 'intermediate'
# tags = ['system-response', 'lti-system']
# ///
import numpy as np
from scipy import signal

fs = 8000
freqs_hz = np.array([0, 1000, 2000])
system = signal.dlti([0.5, 0.5], [1, 0], dt=1 / fs)
# dbode takes frequencies in rad/sample (pi = Nyquist), not Hz
_, mag_db, phase_deg = signal.dbode(system, w=2 * np.pi * freqs_hz / fs)
