# /// example
# task = """
# Estimate the frequency of the strongest tone in the recording `x` (sampled at `fs` Hz) more \
# finely than the FFT bin spacing: compute a Hann-windowed periodogram zero-padded to 8 times the \
# signal length (`nfft`), and store the frequency of its largest value (DC excluded) in \
# `peak_freq`."""
# prompt = """
# The FFT bins of my recording `x` (rate `fs`) are too coarse to read off the main tone's \
# frequency. Zero-pad to 8x the length in a Hann-windowed periodogram and give me the frequency of \
# the highest peak, ignoring DC, as `peak_freq`."""
# domain = 'signal_processing'
# libraries = ['scipy.signal', 'numpy']
# inputs = { x = 'audio.signal', fs = 'audio.fs' }
# checks = [
#     'np.isclose(peak_freq, (lambda f, p: f[1:][np.argmax(p[1:])])(*scipy.signal.periodogram(x, fs=fs, window="hann", nfft=8 * len(x))))',
#     # on the zero-padded grid the answer is a multiple of fs / (8 n)
#     'np.isclose(peak_freq * 8 * len(x) / fs, round(peak_freq * 8 * len(x) / fs))',
# ]
# difficulty = 'intermediate'
# tags = ['spectral-analysis', 'fourier-transform']
# edge_cases = true
# ///
import numpy as np
from scipy import signal

# nfft > len(x) zero-pads: it interpolates the spectrum, it does not add resolution
freqs, power = signal.periodogram(x, fs=fs, window="hann", nfft=8 * len(x))
peak_freq = freqs[1:][np.argmax(power[1:])]
