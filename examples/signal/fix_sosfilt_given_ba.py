# /// example
# task = """
# This code should remove low-frequency rumble from the recording `x` (sampled at `fs` Hz) with \
# a 4th-order Butterworth high-pass at 300 Hz, run causally as second-order sections, and store \
# the result in `cleaned`, but it raises an error:
#
# ```python
# from scipy import signal
#
# sos = signal.butter(4, 300, btype="highpass", fs=fs)
# cleaned = signal.sosfilt(sos, x)
# ```
#
# ```text
# ValueError: sos array must be shape (n_sections, 6)
# ```
#
# Fix it."""
# prompt = """
# I want to high-pass my audio `x` (rate `fs`) at 300 Hz with a 4th-order Butterworth, using \
# `sosfilt` because I read second-order sections are safer, and keep the result in `cleaned`:
#
# ```python
# from scipy import signal
#
# sos = signal.butter(4, 300, btype="highpass", fs=fs)
# cleaned = signal.sosfilt(sos, x)
# ```
#
# but it fails with
#
# ```text
# ValueError: sos array must be shape (n_sections, 6)
# ```"""
# task_type = 'fix'
# domain = 'signal_processing'
# libraries = ['scipy.signal']
# inputs = { x = 'audio.signal', fs = 'audio.fs' }
# checks = [
#     'np.shape(cleaned) == np.shape(x)',
#     'np.allclose(cleaned, scipy.signal.sosfilt(scipy.signal.butter(4, 300, btype="highpass", fs=fs, output="sos"), x), rtol=1e-6, atol=1e-8 * max(1.0, float(np.abs(x).max())))',
# ]
# difficulty = 'basic'
# tags = ['debugging', 'filtering', 'iir-filter', 'highpass']
# edge_cases = true
# ///
from scipy import signal

# butter returns (b, a) unless asked for second-order sections
sos = signal.butter(4, 300, btype="highpass", fs=fs, output="sos")
cleaned = signal.sosfilt(sos, x)
