# /// example
# task = """
# The channel `y` (sampled at `fs` Hz) drifts linearly. Estimate its power spectral density with \
# Welch's method over 128-sample Hann segments, removing a least-squares straight line from each \
# segment before its FFT instead of only its mean. Store the frequencies in `freqs` and the PSD \
# in `psd`."""
# prompt = """
# My channel `y` (rate `fs`) has a slow linear drift that leaks into the low-frequency bins of a \
# Welch PSD. Can each 128-sample Hann segment be linearly detrended (not just mean-removed) \
# before the FFT? Frequencies in `freqs`, PSD in `psd`."""
# domain = 'signal_processing'
# libraries = ['scipy.signal', 'numpy']
# inputs = { y = 'stereo.y', fs = 'stereo.fs' }
# checks = [
#     'np.allclose(freqs, np.fft.rfftfreq(128, d=1 / fs))',
#     'np.allclose(psd, scipy.signal.welch(y, fs=fs, window="hann", nperseg=128, detrend="linear")[1], rtol=1e-9, atol=1e-12 * (1 + np.sum(y**2)))',
# ]
# difficulty = 'intermediate'
# tags = ['spectral-analysis', 'trend']
# [edge_cases]
# min_size = 128
# why = 'one 128-sample segment needs at least 128 samples'
# ///
from scipy import signal

# detrend="linear" fits and subtracts a line per segment (the default "constant" removes the mean only)
freqs, psd = signal.welch(y, fs=fs, window="hann", nperseg=128, detrend="linear")
