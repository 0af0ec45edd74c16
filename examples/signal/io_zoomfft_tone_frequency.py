# /// example
# task = """
# The 1 s record below (1000 Hz sampling) contains one cosine whose frequency lies between plain \
# FFT bins, which are 1 Hz apart. Evaluate its spectrum on a fine grid from 49 to 52 Hz in \
# 0.01 Hz steps (both ends included) and store the grid in `freqs` and the frequency of the \
# largest magnitude in `peak_hz`.
#
# ```text
# fs = 1000 Hz, n = 1000 samples
# x = cos(2*pi*50.37*t)
# ```
#
# Wanted:
#
# ```text
# peak_hz = 50.37
# ```"""
# prompt = """
# My plain FFT of a 1 s recording at 1000 Hz only tells me the tone is "about 50 Hz" because the \
# bins are 1 Hz apart:
#
# ```text
# fs = 1000 Hz, n = 1000 samples
# x = cos(2*pi*50.37*t)
# ```
#
# I'd like to zoom the spectrum into 49-52 Hz with a 0.01 Hz step (`freqs`, ends included) \
# without a huge zero-padded FFT, and read the tone off as `peak_hz`; it should come out as
#
# ```text
# peak_hz = 50.37
# ```"""
# task_type = 'input-output'
# domain = 'signal_processing'
# libraries = ['scipy.signal', 'numpy']
# inputs = {}
# checks = [
#     'np.allclose(freqs, np.linspace(49, 52, 301))',
#     'abs(peak_hz - 50.37) < 0.005',
# ]
# difficulty = 'advanced'
# tags = ['spectral-analysis', 'fourier-transform']
# ///
import numpy as np
from scipy import signal

fs = 1000
t = np.arange(1000) / fs
x = np.cos(2 * np.pi * 50.37 * t)
n_points = 301
# a chirp-z transform that samples the spectrum only on [49, 52] Hz, endpoints included
zoom = signal.ZoomFFT(len(x), [49, 52], m=n_points, fs=fs, endpoint=True)
spectrum = zoom(x)
freqs = np.linspace(49, 52, n_points)
peak_hz = freqs[np.argmax(np.abs(spectrum))]
