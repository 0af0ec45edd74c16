# /// example
# task = """
# `recording` (sampled at `fs` Hz) holds a 440 Hz tone. This code should compute the one-sided \
# amplitude spectrum of `recording` with the real FFT and store the amplitude of the bin nearest \
# 440 Hz in `amp_440` (a sine of amplitude A should read about A):
#
# ```python
# import numpy as np
#
# spectrum = np.fft.rfft(recording)
# freqs = np.fft.rfftfreq(len(recording), d=1 / fs)
# amplitude = np.abs(spectrum) / len(recording)
# amp_440 = amplitude[np.argmin(np.abs(freqs - 440))]
# ```
#
# It runs, but `amp_440` comes out at half the tone's amplitude. Fix it."""
# prompt = """
# My test signal `recording` (rate `fs`) has a 440 Hz sine of amplitude 1, but my FFT says 0.5:
#
# ```python
# import numpy as np
#
# spectrum = np.fft.rfft(recording)
# freqs = np.fft.rfftfreq(len(recording), d=1 / fs)
# amplitude = np.abs(spectrum) / len(recording)
# amp_440 = amplitude[np.argmin(np.abs(freqs - 440))]
# ```
#
# How do I scale the one-sided spectrum so `amp_440` gives the sine's amplitude?"""
# task_type = 'fix'
# domain = 'signal_processing'
# libraries = ['numpy']
# inputs = { recording = 'audio.signal', fs = 'audio.fs' }
# checks = [
#     # one-sided: the negative-frequency half of the power is folded onto the positive bin
#     'np.isclose(amp_440, 2 * np.abs(np.fft.fft(recording))[np.argmin(np.abs(np.fft.fftfreq(len(recording), d=1 / fs) - 440))] / len(recording))',
#     'amp_440 > 0',
# ]
# difficulty = 'intermediate'
# tags = ['debugging', 'fourier-transform', 'spectral-analysis']
# edge_cases = { min_seconds = 0.05, why = "a bin near 440 Hz needs a frequency resolution of a few tens of Hz" }
# ///
import numpy as np

spectrum = np.fft.rfft(recording)
freqs = np.fft.rfftfreq(len(recording), d=1 / fs)
amplitude = np.abs(spectrum) / len(recording)
# rfft keeps only the positive frequencies: double the bins that have a negative-frequency twin
amplitude[1 : (len(recording) + 1) // 2] *= 2
amp_440 = amplitude[np.argmin(np.abs(freqs - 440))]
