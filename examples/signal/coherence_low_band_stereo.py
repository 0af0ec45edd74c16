# /// example
# task = """
# Estimate the magnitude-squared coherence between the two channels `x` and `y` (sampled at `fs` \
# Hz) with Welch averaging over 64-sample Hann segments. Store the frequencies in `freqs`, the \
# coherence in `coh`, and in `low_band_coherence` the mean coherence over the frequencies from 0 \
# to 10 Hz inclusive."""
# prompt = """
# How linearly related are my two channels `x` and `y` (rate `fs`) at each frequency? Compute the \
# coherence with 64-sample Hann segments into `freqs` and `coh`, and give me its average over \
# 0-10 Hz (both ends included) as `low_band_coherence`."""
# domain = 'signal_processing'
# libraries = ['scipy.signal', 'numpy']
# inputs = { x = 'stereo.x', y = 'stereo.y', fs = 'stereo.fs' }
# checks = [
#     'np.allclose(freqs, np.fft.rfftfreq(64, d=1 / fs))',
#     'np.allclose(coh, scipy.signal.coherence(x, y, fs=fs, window="hann", nperseg=64)[1], atol=1e-9, equal_nan=True)',
#     'np.isclose(low_band_coherence, np.mean(scipy.signal.coherence(x, y, fs=fs, window="hann", nperseg=64)[1][np.fft.rfftfreq(64, d=1 / fs) <= 10]), equal_nan=True)',
# ]
# difficulty = 'intermediate'
# tags = ['spectral-analysis', 'correlation']
# [edge_cases]
# min_size = 64
# why = 'one 64-sample segment needs at least 64 samples per channel'
# ///
from scipy import signal

# coherence needs several segments to mean anything: one segment always gives 1
freqs, coh = signal.coherence(x, y, fs=fs, window="hann", nperseg=64)
low_band_coherence = coh[freqs <= 10].mean()
