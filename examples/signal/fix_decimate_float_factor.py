# /// example
# task = """
# This code should bring `recording`, sampled at `fs` Hz, down to 2000 Hz with `decimate` \
# (anti-aliasing filter included) and store the result in `downsampled` and its rate in \
# `fs_down`, but it raises an error:
#
# ```python
# from scipy import signal
#
# fs_down = 2000
# downsampled = signal.decimate(recording, fs / fs_down)
# ```
#
# ```text
# TypeError: 'float' object cannot be interpreted as an integer
# ```
#
# Fix it."""
# prompt = """
# I'm downsampling my recording `recording` from `fs` Hz to 2000 Hz with `decimate`, result in \
# `downsampled`, new rate in `fs_down`:
#
# ```python
# from scipy import signal
#
# fs_down = 2000
# downsampled = signal.decimate(recording, fs / fs_down)
# ```
#
# and get
#
# ```text
# TypeError: 'float' object cannot be interpreted as an integer
# ```
#
# The ratio is a whole number, so what's the problem?"""
# task_type = 'fix'
# domain = 'signal_processing'
# libraries = ['scipy.signal']
# inputs = { recording = 'audio.signal', fs = 'audio.fs' }
# checks = [
#     'fs_down == 2000',
#     'np.allclose(downsampled, scipy.signal.decimate(recording, int(round(fs / 2000))))',
#     'len(downsampled) == -(-len(recording) // int(round(fs / 2000)))',
# ]
# difficulty = 'basic'
# tags = ['debugging', 'resampling']
# edge_cases = { min_size = 64, why = "decimate's default 8th-order filter runs forward and backward and needs a few dozen samples after the step" }
# ///
from scipy import signal

fs_down = 2000
# the decimation factor must be an integer: fs / fs_down is a float even when it divides evenly
factor = round(fs / fs_down)
downsampled = signal.decimate(recording, factor)
