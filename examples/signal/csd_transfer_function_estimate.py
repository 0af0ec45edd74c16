# /// example
# task = """
# Estimate the frequency response from channel `x` to channel `y` (sampled at `fs` Hz) with the \
# H1 estimator: the cross spectral density of x and y divided by the power spectral density of x, \
# both by Welch averaging over 128-sample Hann segments. Store the frequencies in `freqs` and the \
# complex response in `response`."""
# prompt = """
# `y` is the output of some unknown linear system driven by `x` (both at rate `fs`). I want its \
# frequency response with the standard H1 estimate, cross spectrum over the input's power \
# spectrum, using Welch averaging with 128-sample Hann segments. Frequencies in `freqs`, complex \
# response in `response`."""
# domain = 'signal_processing'
# libraries = ['scipy.signal', 'numpy']
# inputs = { x = 'stereo.x', y = 'stereo.y', fs = 'stereo.fs' }
# checks = [
#     'np.allclose(freqs, np.fft.rfftfreq(128, d=1 / fs))',
#     'np.iscomplexobj(response) and np.shape(response) == np.shape(freqs)',
#     'np.allclose(response, scipy.signal.csd(x, y, fs=fs, window="hann", nperseg=128)[1] / scipy.signal.welch(x, fs=fs, window="hann", nperseg=128)[1], rtol=1e-9, atol=1e-12, equal_nan=True)',
# ]
# difficulty = 'advanced'
# tags = ['spectral-analysis', 'lti-system', 'correlation']
# [edge_cases]
# min_size = 128
# why = 'one 128-sample segment needs at least 128 samples per channel'
# ///
from scipy import signal

freqs, p_xy = signal.csd(x, y, fs=fs, window="hann", nperseg=128)
_, p_xx = signal.welch(x, fs=fs, window="hann", nperseg=128)
# H1 = Pxy / Pxx is unbiased by noise on the output channel
response = p_xy / p_xx
