# /// example
# task = """
# Estimate the time derivative `velocity` of the noisy position trace `position` sampled at `fs` \
# = 200 Hz (a 1.5 Hz sine of amplitude 2 plus noise, generated with seed 0) using a \
# Savitzky-Golay filter (window 41, polynomial order 3, `deriv=1`, `delta` = sample spacing); \
# keep the true derivative in `true_velocity`."""
# prompt = """
# Simulate a noisy position trace `position` sampled at `fs` = 200 Hz (a 1.5 Hz sine of amplitude \
# 2 plus noise, seed 0) and keep the exact derivative in `true_velocity`. Estimate the velocity \
# `velocity` with a Savitzky-Golay derivative filter (window 41, polynomial order 3, first \
# derivative, scaled by the sample spacing) rather than plain finite differences."""
# domain = 'signal_processing'
# libraries = ['scipy.signal', 'numpy']
# inputs = {}
# checks = [
#     'velocity.shape == position.shape',
#     'np.sqrt(np.mean((velocity - true_velocity) ** 2)) < 0.05 * np.abs(true_velocity).max()',
#     'np.mean((velocity - true_velocity) ** 2) < np.mean((np.gradient(position, 1 / fs) - true_velocity) ** 2)',
#     # window 41, order 3: compared away from the ends, where the edge mode (not stated) matters
#     'fs == 200 and np.allclose(velocity[20:-20], scipy.signal.savgol_filter(position, 41, 3, deriv=1, delta=1 / fs)[20:-20])',
# ]
# difficulty = 'intermediate'
# tags = ['smoothing', 'derivatives']
# ///
import numpy as np
from scipy import signal as sps

rng = np.random.default_rng(0)
fs = 200.0
t = np.arange(0, 4, 1 / fs)
position = 2 * np.sin(2 * np.pi * 1.5 * t) + 0.05 * rng.standard_normal(t.size)
true_velocity = 2 * 2 * np.pi * 1.5 * np.cos(2 * np.pi * 1.5 * t)
# np.gradient of noisy data amplifies the noise; a local polynomial fit does not
velocity = sps.savgol_filter(position, 41, polyorder=3, deriv=1, delta=1 / fs)
