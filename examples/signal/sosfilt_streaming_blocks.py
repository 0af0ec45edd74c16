# /// example
# task = """
# Simulate real-time filtering: run a 4th-order Butterworth 30 Hz low-pass (second-order sections \
# `sos`, `fs` Hz) over `signal` in 8 consecutive blocks, carrying the filter state `zi` from \
# block to block (start from `sosfilt_zi` scaled by the first sample); store the concatenated \
# output in `streamed`."""
# prompt = """
# I want to simulate real-time filtering: run a 4th-order Butterworth 30 Hz low-pass \
# (second-order sections `sos`, data at `fs` Hz) over `signal` in 8 consecutive blocks, carrying \
# the filter state `zi` from block to block, starting from the steady-state initial conditions \
# scaled by the first sample. Store the concatenated output in `streamed`."""
# domain = 'signal_processing'
# libraries = ['scipy.signal', 'numpy']
# inputs = { signal = 'noisy.signal', fs = 'noisy.fs' }
# checks = [
#     'streamed.shape == signal.shape',
#     'np.allclose(streamed, scipy.signal.sosfilt(sos, signal, zi=scipy.signal.sosfilt_zi(sos) * signal[0])[0])',
#     'band_power(streamed, fs, 100, fs / 2) <= 0.05 * band_power(signal, fs, 100, fs / 2) + 0.0001 * band_power(signal, fs, 0, fs / 2)',
#     # the filter is the 4th-order 30 Hz Butterworth the task names, whatever `sos` holds
#     'np.allclose(streamed, (lambda s: scipy.signal.sosfilt(s, signal, zi=scipy.signal.sosfilt_zi(s) * signal[0])[0])(scipy.signal.butter(4, 30, fs=fs, output="sos")))',
# ]
# difficulty = 'advanced'
# tags = ['filter-design', 'incremental-processing', 'filtering']
# edge_cases = true
# ///
import numpy as np
from scipy import signal as sps

sos = sps.butter(4, 30, fs=fs, output="sos")
# sosfilt_zi is the steady state for a unit step: scaled by the first sample, no start-up jump
zi = sps.sosfilt_zi(sos) * signal[0]
blocks = []
for block in np.array_split(signal, 8):
    # the returned state feeds the next block, so the blocks join as one uninterrupted run
    out, zi = sps.sosfilt(sos, block, zi=zi)
    blocks.append(out)
streamed = np.concatenate(blocks)
