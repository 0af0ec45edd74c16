# /// example
# task = """
# `recording` (sampled at `fs` Hz) holds a 440 Hz tone plus a 1200 Hz whistle. This code should \
# low-pass it at 800 Hz with a 4th-order Butterworth filter into `clean` and keep what the filter \
# took out in `removed = recording - clean`; `clean` must line up with `recording` sample by \
# sample (no delay):
#
# ```python
# from scipy import signal
#
# sos = signal.butter(4, 800, fs=fs, output="sos")
# clean = signal.sosfilt(sos, recording)
# removed = recording - clean
# ```
#
# It runs, but `removed` still holds a strong 440 Hz tone, because `clean` lags behind \
# `recording`. Fix it."""
# prompt = """
# I low-pass my recording `recording` (rate `fs`) at 800 Hz (4th-order Butterworth) to get rid of \
# a 1200 Hz whistle over a 440 Hz tone, into `clean`, and subtract to see what was removed, in \
# `removed`:
#
# ```python
# from scipy import signal
#
# sos = signal.butter(4, 800, fs=fs, output="sos")
# clean = signal.sosfilt(sos, recording)
# removed = recording - clean
# ```
#
# But `removed` is full of the 440 Hz tone, which the filter should have kept. Why, and how do I \
# get a filtered signal that isn't shifted in time?"""
# task_type = 'fix'
# domain = 'signal_processing'
# libraries = ['scipy.signal']
# inputs = { recording = 'audio.signal', fs = 'audio.fs' }
# checks = [
#     'clean.shape == recording.shape',
#     'np.allclose(removed, recording - clean)',
#     # with no phase shift the 440 Hz tone cancels in the difference; a delayed copy leaves most of it
#     'band_power(removed, fs, 420, 460) < 0.01 * band_power(recording, fs, 420, 460)',
#     'band_power(clean, fs, 1180, 1220) < 0.05 * band_power(recording, fs, 1180, 1220)',
#     # away from the ends (where edge handling may differ) it matches the zero-phase 4th-order filter
#     'np.allclose(clean[len(clean) // 5 : -(len(clean) // 5)], scipy.signal.sosfiltfilt(scipy.signal.butter(4, 800, fs=fs, output="sos"), recording)[len(clean) // 5 : -(len(clean) // 5)], atol=1e-3 * np.abs(recording).max())',
# ]
# difficulty = 'advanced'
# tags = ['debugging', 'filtering', 'lowpass', 'iir-filter']
# edge_cases = { min_seconds = 0.1, why = "telling a 440 Hz tone from a 1200 Hz one needs a few hundred samples" }
# ///
from scipy import signal

sos = signal.butter(4, 800, fs=fs, output="sos")
# sosfilt delays every frequency by the filter's phase; filtering forward and backward cancels it
clean = signal.sosfiltfilt(sos, recording)
removed = recording - clean
