# /// example
# task = """
# Compute the spectrogram of the recording `x` (sampled at `fs` Hz) with 256-sample Hann \
# segments overlapping by 192 samples, and store in `track` the frequency (Hz) with the most power \
# in each segment, in time order; keep the segment centre times in `times`."""
# prompt = """
# I want to follow the strongest frequency over time in my recording `x` (rate `fs`). Make a \
# spectrogram with 256-sample Hann windows and 192 samples of overlap, then take the peak \
# frequency of each time slice into `track`, with the slice times in `times`."""
# domain = 'signal_processing'
# libraries = ['scipy.signal', 'numpy']
# inputs = { x = 'audio.signal', fs = 'audio.fs' }
# checks = [
#     'np.allclose(times, (np.arange((len(x) - 192) // 64) * 64 + 128) / fs)',
#     'np.allclose(track, np.fft.rfftfreq(256, d=1 / fs)[np.argmax(scipy.signal.spectrogram(x, fs=fs, window="hann", nperseg=256, noverlap=192)[2], axis=0)])',
#     'np.shape(track) == np.shape(times)',
# ]
# difficulty = 'intermediate'
# tags = ['time-frequency', 'spectral-analysis']
# [edge_cases]
# min_size = 256
# why = 'one 256-sample segment needs at least 256 samples'
# ///
import numpy as np
from scipy import signal

freqs, times, power = signal.spectrogram(x, fs=fs, window="hann", nperseg=256, noverlap=192)
# rows of the spectrogram are frequencies: take the loudest row in every column
track = freqs[np.argmax(power, axis=0)]
