# /// example
# task = """
# This code should isolate the 40-60 Hz band of `recording` (sampled at `fs` Hz) with a zero-phase \
# 4th-order Butterworth band-pass and store it in `hum`, but it raises an error:
#
# ```python
# from scipy import signal
#
# b, a = signal.butter(4, [40, 60], btype="bandpass")
# hum = signal.filtfilt(b, a, recording)
# ```
#
# ```text
# ValueError: Digital filter critical frequencies must be 0 < Wn < 1
# ```
#
# Fix it."""
# prompt = """
# I'm trying to pull the 40-60 Hz band out of my recording `recording` (sample rate `fs` Hz) \
# with a 4th-order Butterworth band-pass, run forward and backward, into `hum`:
#
# ```python
# from scipy import signal
#
# b, a = signal.butter(4, [40, 60], btype="bandpass")
# hum = signal.filtfilt(b, a, recording)
# ```
#
# but I get
#
# ```text
# ValueError: Digital filter critical frequencies must be 0 < Wn < 1
# ```
#
# The cutoffs really are 40 and 60 Hz. What's wrong?"""
# task_type = 'fix'
# domain = 'signal_processing'
# libraries = ['scipy.signal']
# inputs = { recording = 'noisy.signal', fs = 'noisy.fs' }
# checks = [
#     'hum.shape == recording.shape and np.all(np.isfinite(hum))',
#     # away from the ends the result matches a forward-backward pass of the 40-60 Hz band-pass
#     'np.sqrt(np.mean((hum - scipy.signal.sosfiltfilt(scipy.signal.butter(4, [40, 60], btype="bandpass", fs=fs, output="sos"), recording))[len(recording) // 4 : 3 * len(recording) // 4] ** 2)) <= 0.02 * np.std(recording) + 1e-9 * np.abs(recording).max()',
# ]
# difficulty = 'basic'
# tags = ['debugging', 'filter-design', 'bandpass', 'iir-filter', 'filtering']
# edge_cases = true
# ///
from scipy import signal

# the cutoffs are in Hz: pass fs so butter does not read them as fractions of Nyquist
b, a = signal.butter(4, [40, 60], btype="bandpass", fs=fs)
hum = signal.filtfilt(b, a, recording)
