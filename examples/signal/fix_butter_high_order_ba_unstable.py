# /// example
# task = """
# This code should isolate the 440 Hz tone of `recording` (sampled at `fs` Hz) with a zero-phase \
# 8th-order Butterworth band-pass from 430 to 450 Hz and store the result in `tone`:
#
# ```python
# from scipy import signal
#
# b, a = signal.butter(8, [430, 450], btype="bandpass", fs=fs)
# tone = signal.filtfilt(b, a, recording)
# ```
#
# It runs, but `tone` grows to values around 1e300 instead of a sine of amplitude about 1. Fix \
# it, keeping the filter's order and band."""
# prompt = """
# I need just the 440 Hz component of `recording` (sample rate `fs`), so I use a narrow \
# zero-phase band-pass, 8th-order Butterworth, 430-450 Hz, output in `tone`:
#
# ```python
# from scipy import signal
#
# b, a = signal.butter(8, [430, 450], btype="bandpass", fs=fs)
# tone = signal.filtfilt(b, a, recording)
# ```
#
# The output explodes to something like 1e300. The design looks right to me. What's happening?"""
# task_type = 'fix'
# domain = 'signal_processing'
# libraries = ['scipy.signal']
# inputs = { recording = 'audio.signal', fs = 'audio.fs' }
# checks = [
#     'tone.shape == recording.shape and np.isfinite(tone).all()',
#     'np.abs(tone).max() <= 2 * np.abs(recording - recording.mean()).max()',
#     # the tone's band passes almost untouched, the 1200 Hz tone and the rest of the spectrum do not
#     '0.8 < band_power(tone, fs, 435, 445) / band_power(recording, fs, 435, 445) < 1.2',
#     'band_power(tone, fs, 1100, 1300) < 1e-3 * band_power(recording, fs, 1100, 1300)',
#     # away from the ends (where edge handling may differ) it matches the stable zero-phase filter
#     'np.allclose(tone[len(tone) // 5 : -(len(tone) // 5)], scipy.signal.sosfiltfilt(scipy.signal.butter(8, [430, 450], btype="bandpass", fs=fs, output="sos"), recording)[len(tone) // 5 : -(len(tone) // 5)], atol=1e-3 * np.abs(recording).max())',
# ]
# difficulty = 'advanced'
# tags = ['debugging', 'filter-design', 'iir-filter', 'bandpass']
# edge_cases = { min_seconds = 0.5, why = "a 20 Hz wide band-pass rings for tens of milliseconds, so the recording must be much longer than that" }
# ///
from scipy import signal

# a narrow high-order band-pass in (b, a) form loses its poles to rounding and turns unstable;
# second-order sections keep it stable
sos = signal.butter(8, [430, 450], btype="bandpass", fs=fs, output="sos")
tone = signal.sosfiltfilt(sos, recording)
