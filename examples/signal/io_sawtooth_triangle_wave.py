# /// example
# task = """
# Sample one period of a 1 Hz triangle wave with peak amplitude 1 at the 8 times `t` (seconds) \
# with `sawtooth`, rising from -1 at t = 0 to +1 at mid-period and falling back. Store the \
# samples in `triangle`.
#
# ```text
# t = [0, 0.125, 0.25, 0.375, 0.5, 0.625, 0.75, 0.875]
# ```
#
# Wanted:
#
# ```text
# triangle = [-1, -0.5, 0, 0.5, 1, 0.5, 0, -0.5]
# ```"""
# prompt = """
# I need a symmetric triangle wave (1 Hz, between -1 and +1, starting at -1 and peaking half way \
# through the period) evaluated at the times `t`
#
# ```text
# t = [0, 0.125, 0.25, 0.375, 0.5, 0.625, 0.75, 0.875]
# ```
#
# seconds, as `triangle`. Can scipy's sawtooth do this? I expect
#
# ```text
# triangle = [-1, -0.5, 0, 0.5, 1, 0.5, 0, -0.5]
# ```"""
# task_type = 'input-output'
# domain = 'signal_processing'
# libraries = ['scipy.signal', 'numpy']
# inputs = {}
# checks = [
#     'np.allclose(triangle, [-1, -0.5, 0, 0.5, 1, 0.5, 0, -0.5])',
#     'np.allclose(t, np.arange(8) / 8)',
# ]
# difficulty = 'basic'
# tags = ['waveform-generation']
# ///
import numpy as np
from scipy import signal

t = np.arange(8) / 8
# width=0.5 puts the peak half way through the period: a symmetric triangle instead of a ramp
triangle = signal.sawtooth(2 * np.pi * 1.0 * t, width=0.5)
