# /// example
# task = """
# Measure how strongly the spike times `spikes` (seconds) lock to a 10 Hz stimulus (period \
# 0.1 s): store the vector strength (0 = no locking, 1 = every spike at the same phase) in \
# `strength` and the mean phase in radians in `phase`.
#
# ```text
# spikes = [0.012, 0.108, 0.215, 0.301, 0.395, 0.514, 0.610, 0.702]   # seconds
# period = 0.1 s
# ```
#
# Wanted, rounded to 4 decimals:
#
# ```text
# strength = 0.9154
# phase    = 0.4542   # radians
# ```"""
# prompt = """
# I recorded these `spikes` from a neuron driven by a 10 Hz flicker and want the classic vector \
# strength `strength` and mean phase `phase` (radians) for the 0.1 s period:
#
# ```text
# spikes = [0.012, 0.108, 0.215, 0.301, 0.395, 0.514, 0.610, 0.702]   # seconds
# period = 0.1 s
# ```
#
# Should give
#
# ```text
# strength = 0.9154
# phase    = 0.4542   # radians
# ```"""
# task_type = 'input-output'
# domain = 'signal_processing'
# libraries = ['scipy.signal', 'numpy']
# inputs = {}
# checks = [
#     'abs(strength - 0.9154) < 5e-5',
#     'abs(phase - 0.4542) < 5e-5',
#     'np.allclose(spikes, [0.012, 0.108, 0.215, 0.301, 0.395, 0.514, 0.610, 0.702])',
# ]
# difficulty = 'intermediate'
# tags = ['spectral-analysis', 'applied-science']
# ///
import numpy as np
from scipy import signal

spikes = np.array([0.012, 0.108, 0.215, 0.301, 0.395, 0.514, 0.610, 0.702])
# each spike becomes a unit vector at its phase within the period; the strength is their mean length
strength, phase = signal.vectorstrength(spikes, 0.1)
