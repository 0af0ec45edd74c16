# /// example
# task = """
# Generate 1 s of a test sweep sampled at 2000 Hz (`t` = 0, 1/2000, ..., 1999/2000) whose \
# instantaneous frequency follows the polynomial f(t) = 100 + 300 t^2 Hz, as a cosine starting at \
# phase 0, and store it in `sweep`. Then estimate the instantaneous frequency from the phase of the \
# analytic signal (the phase's derivative divided by 2 pi, with `np.gradient`) and store it in \
# `inst_freq` (Hz, same length as `sweep`)."""
# prompt = """
# I want a quadratic chirp for testing: 1 s at 2000 Hz sampling (`t` from 0 in steps of 1/2000), \
# a cosine starting at phase 0 whose frequency is 100 + 300 t^2 Hz, as `sweep`. Then I'd like to \
# check it by estimating `inst_freq` in Hz from the unwrapped phase of the analytic signal \
# (np.gradient of the phase over 2 pi), one value per sample."""
# domain = 'signal_processing'
# libraries = ['scipy.signal', 'numpy']
# inputs = {}
# checks = [
#     'np.allclose(t, np.arange(2000) / 2000)',
#     # phase = 2 pi (100 t + 100 t^3), the integral of the frequency
#     'np.allclose(sweep, np.cos(2 * np.pi * (100 * np.arange(2000) / 2000 + 100 * (np.arange(2000) / 2000) ** 3)), atol=1e-9)',
#     'np.shape(inst_freq) == (2000,)',
#     # away from the ends the estimate follows f(t) within 2 Hz
#     'np.max(np.abs(inst_freq[100:1900] - (100 + 300 * (np.arange(2000) / 2000)[100:1900] ** 2))) < 2.0',
# ]
# difficulty = 'intermediate'
# tags = ['waveform-generation', 'time-frequency']
# ///
import numpy as np
from scipy import signal

fs = 2000
t = np.arange(2000) / fs
# poly holds the frequency polynomial's coefficients, highest power first: 300 t^2 + 0 t + 100
sweep = signal.sweep_poly(t, np.poly1d([300, 0, 100]))
phase = np.unwrap(np.angle(signal.hilbert(sweep)))
inst_freq = np.gradient(phase, t) / (2 * np.pi)
