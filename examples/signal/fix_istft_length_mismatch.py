# /// example
# task = """
# This code should band-limit the recording `x` (sampled at `fs` Hz) by zeroing every STFT bin \
# above 1000 Hz (256-sample segments), invert the STFT into `cleaned` with the same length as \
# `x`, and keep what was removed in `removed`, but it raises an error:
#
# ```python
# from scipy import signal
#
# freqs, times, spec = signal.stft(x, fs=fs, nperseg=256)
# spec[freqs > 1000] = 0
# _, cleaned = signal.istft(spec, fs=fs, nperseg=256)
# removed = x - cleaned
# ```
#
# ```text
# ValueError: operands could not be broadcast together with shapes (8000,) (8064,)
# ```
#
# Fix it."""
# prompt = """
# I low-pass my audio `x` (rate `fs`) in the STFT domain: zero the bins above 1000 Hz with \
# 256-sample segments, go back with istft to `cleaned`, and look at `removed`, the difference:
#
# ```python
# from scipy import signal
#
# freqs, times, spec = signal.stft(x, fs=fs, nperseg=256)
# spec[freqs > 1000] = 0
# _, cleaned = signal.istft(spec, fs=fs, nperseg=256)
# removed = x - cleaned
# ```
#
# The subtraction fails:
#
# ```text
# ValueError: operands could not be broadcast together with shapes (8000,) (8064,)
# ```
#
# Why is the inverse longer than my signal? `cleaned` should line up with `x` sample for sample."""
# task_type = 'fix'
# domain = 'signal_processing'
# libraries = ['scipy.signal', 'numpy']
# inputs = { x = 'audio.signal', fs = 'audio.fs' }
# checks = [
#     'np.shape(cleaned) == np.shape(x) and np.shape(removed) == np.shape(x)',
#     'np.allclose(removed, x - cleaned)',
#     'np.allclose(cleaned, scipy.signal.istft(np.where((scipy.signal.stft(x, fs=fs, nperseg=256)[0] > 1000)[:, None], 0, scipy.signal.stft(x, fs=fs, nperseg=256)[2]), fs=fs, nperseg=256)[1][: len(x)], rtol=1e-7, atol=1e-9 * max(1.0, float(np.abs(x).max())))',
# ]
# difficulty = 'intermediate'
# tags = ['debugging', 'time-frequency', 'lowpass']
# edge_cases = { min_size = 256, why = 'the task uses 256-sample STFT segments, so the recording holds at least one segment' }
# ///
from scipy import signal

freqs, times, spec = signal.stft(x, fs=fs, nperseg=256)
spec[freqs > 1000] = 0
_, cleaned = signal.istft(spec, fs=fs, nperseg=256)
# stft zero-pads the end to fit whole segments; the inverse keeps that padding, so trim it
cleaned = cleaned[: len(x)]
removed = x - cleaned
