# /// example
# task = """
# Measure how consistently the two channels `x` and `y` keep their phase relation: take the \
# instantaneous phases from their analytic signals (Hilbert transform, after removing each \
# channel's least-squares linear trend) and store in `plv` the phase-locking value, the magnitude \
# of the mean of exp(i (phase_x - phase_y)); store the phase differences in `phase_diff`."""
# prompt = """
# Are my channels `x` and `y` phase-locked? Please detrend each linearly, get instantaneous \
# phases via the Hilbert transform, and give me the phase differences (x minus y) in \
# `phase_diff` and the phase-locking value |mean(exp(i * difference))| in `plv`."""
# domain = 'signal_processing'
# libraries = ['scipy.signal', 'numpy']
# inputs = { x = 'stereo.x', y = 'stereo.y' }
# checks = [
#     'np.allclose(np.exp(1j * np.asarray(phase_diff)), np.exp(1j * (np.angle(scipy.signal.hilbert(scipy.signal.detrend(x))) - np.angle(scipy.signal.hilbert(scipy.signal.detrend(y))))), atol=1e-6)',
#     'np.isclose(plv, np.abs(np.mean(np.exp(1j * (np.angle(scipy.signal.hilbert(scipy.signal.detrend(x))) - np.angle(scipy.signal.hilbert(scipy.signal.detrend(y))))))), atol=1e-9)',
#     '0 <= plv <= 1 + 1e-12',
# ]
# difficulty = 'advanced'
# tags = ['time-frequency', 'correlation', 'trend']
# edge_cases = true
# ///
import numpy as np
from scipy import signal

# the angle of the analytic signal is the instantaneous phase; drifts would bias it, so detrend first
phase_x = np.angle(signal.hilbert(signal.detrend(x, type="linear")))
phase_y = np.angle(signal.hilbert(signal.detrend(y, type="linear")))
phase_diff = phase_x - phase_y
plv = np.abs(np.mean(np.exp(1j * phase_diff)))
