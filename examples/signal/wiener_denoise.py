# /// example
# task = """
# Denoise `signal` (sampled at `fs` Hz) with a local adaptive Wiener filter over an 11-sample \
# window, letting it estimate the noise power itself; store the result in `denoised`."""
# prompt = """
# Denoise `signal` (sampled at `fs` Hz) with a local adaptive Wiener filter over an 11-sample \
# window, letting the filter estimate the noise power itself, and store the result in `denoised`."""
# domain = 'signal_processing'
# libraries = ['scipy.signal']
# inputs = { signal = 'noisy.signal', fs = 'noisy.fs' }
# checks = [
#     'denoised.shape == signal.shape',
#     # the floor: on a noise-free input, switching between the local mean and the signal itself
#     # adds high-frequency power of up to about 1e-3 of the total
#     'band_power(denoised, fs, fs / 4, fs / 2) <= 0.2 * band_power(signal, fs, fs / 4, fs / 2) + 0.001 * band_power(signal, fs, 0, fs / 2)',
#     'band_power(denoised, fs, 0, 10) >= 0.9 * band_power(signal, fs, 0, 10) - 0.0001 * band_power(signal, fs, 0, fs / 2)',
# ]
# difficulty = 'basic'
# tags = ['smoothing']
# [edge_cases]
# min_seconds = 0.5
# noise_only = false
# why = 'denoising keeps the tones of a signal, and a pure-noise draw has none to keep (the filter rightly smooths all of it); the checks read the 0-10 Hz band, which takes periodogram bins (1 / duration) a few times finer than 10 Hz'
# ///
from scipy import signal as sps

# with noise=None, wiener estimates the noise power as the mean of the local variances
denoised = sps.wiener(signal, mysize=11)
