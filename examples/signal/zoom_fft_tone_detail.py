# /// example
# task = """
# Zoom into the band around the 440 Hz tone of `signal` (sampled at `fs` Hz) with \
# `scipy.signal.zoom_fft`: evaluate its discrete-time Fourier transform at 800 frequencies from \
# 400 Hz up to, but not including, 480 Hz (0.1 Hz apart), without zero-padding the whole signal. \
# Store the frequencies in `freqs`, the magnitudes of the unnormalised transform in `spectrum` \
# and the frequency of the largest magnitude in `peak_freq`."""
# prompt = """
# I need a much finer frequency grid than the FFT gives around the 440 Hz tone in `signal` \
# (sampled at `fs` Hz), without zero-padding the whole recording. Zoom the Fourier transform \
# onto `800` frequencies from `400` Hz up to, but not including, `480` Hz (0.1 Hz steps): put \
# the frequencies in `freqs`, the magnitudes of the unnormalised transform in `spectrum`, and \
# the frequency where the magnitude peaks in `peak_freq`."""
# domain = 'signal_processing'
# libraries = ['scipy.signal', 'numpy']
# inputs = { signal = 'audio.signal', fs = 'audio.fs' }
# checks = [
#     'np.allclose(freqs, 400 + 0.1 * np.arange(800))',
#     # the DTFT sum over all samples at every 20th zoomed frequency
#     'np.allclose(spectrum[::20], np.abs(np.exp(-2j * np.pi * np.outer(freqs[::20], np.arange(len(signal))) / fs) @ signal), rtol=1e-6, atol=1e-9 * np.abs(signal).sum())',
#     'peak_freq == freqs[np.argmax(spectrum)]',
# ]
# difficulty = 'intermediate'
# tags = ['spectral-analysis', 'fourier-transform']
# edge_cases = true
# ///
import numpy as np
from scipy.signal import zoom_fft

f_low, f_high, n_points = 400.0, 480.0, 800
# endpoint=False (the default) spaces the points (f_high - f_low) / n_points apart
spectrum = np.abs(zoom_fft(signal, [f_low, f_high], m=n_points, fs=fs))
freqs = f_low + (f_high - f_low) * np.arange(n_points) / n_points
peak_freq = freqs[np.argmax(spectrum)]
