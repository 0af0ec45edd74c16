# /// example
# task = """
# Estimate the power spectral density of the recording `x` (sampled at `fs` Hz) with Welch's \
# method using 256-sample Hann segments, but average the segment periodograms with the median \
# instead of the mean so short bursts of interference do not inflate the estimate. Store the \
# frequencies in `freqs` and the PSD in `psd`."""
# prompt = """
# My recording `x` (rate `fs`) has occasional clicks and bursts that blow up a normal Welch \
# average. Can I get a Welch PSD (256-sample Hann segments) that takes the median across \
# segments instead of the mean? Frequencies in `freqs`, PSD in `psd`."""
# domain = 'signal_processing'
# libraries = ['scipy.signal']
# inputs = { x = 'audio.signal', fs = 'audio.fs' }
# checks = [
#     'np.allclose(freqs, np.fft.rfftfreq(256, d=1 / fs))',
#     'np.allclose(psd, scipy.signal.welch(x, fs=fs, window="hann", nperseg=256, average="median")[1], rtol=1e-9, atol=0)',
#     'np.all(psd >= 0)',
# ]
# difficulty = 'intermediate'
# tags = ['spectral-analysis', 'robust-statistics']
# [edge_cases]
# min_size = 256
# why = 'one 256-sample segment needs at least 256 samples'
# ///
from scipy import signal

# average="median" (with its bias correction) resists segments hit by bursts
freqs, psd = signal.welch(x, fs=fs, window="hann", nperseg=256, average="median")
