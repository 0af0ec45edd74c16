# /// example
# task = """
# This code should isolate the 400-480 Hz band around the 440 Hz tone in the recording `x` \
# (sampled at `fs` Hz) with a zero-phase 4th-order Butterworth band-pass and store the result in \
# `tone`, but it raises an error:
#
# ```python
# from scipy import signal
#
# sos = signal.butter(4, 440, btype="bandpass", fs=fs, output="sos")
# tone = signal.sosfiltfilt(sos, x)
# ```
#
# ```text
# ValueError: Wn must specify start and stop frequencies for bandpass or bandstop filter
# ```
#
# Fix it."""
# prompt = """
# I want just the 440 Hz tone out of my recording `x` (rate `fs`): a 4th-order Butterworth \
# band-pass from 400 to 480 Hz, run forwards and backwards, into `tone`:
#
# ```python
# from scipy import signal
#
# sos = signal.butter(4, 440, btype="bandpass", fs=fs, output="sos")
# tone = signal.sosfiltfilt(sos, x)
# ```
#
# which fails with
#
# ```text
# ValueError: Wn must specify start and stop frequencies for bandpass or bandstop filter
# ```"""
# task_type = 'fix'
# domain = 'signal_processing'
# libraries = ['scipy.signal']
# inputs = { x = 'audio.signal', fs = 'audio.fs' }
# checks = [
#     'np.shape(tone) == np.shape(x)',
#     'np.allclose(tone, scipy.signal.sosfiltfilt(scipy.signal.butter(4, [400, 480], btype="bandpass", fs=fs, output="sos"), x), rtol=1e-9, atol=1e-9 * np.abs(x).max())',
# ]
# difficulty = 'basic'
# tags = ['debugging', 'bandpass', 'iir-filter', 'filtering']
# edge_cases = true
# ///
from scipy import signal

# a band-pass needs both band edges: Wn = [low, high] in Hz when fs is given
sos = signal.butter(4, [400, 480], btype="bandpass", fs=fs, output="sos")
tone = signal.sosfiltfilt(sos, x)
