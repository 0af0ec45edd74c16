# /// example
# task = """
# A machine vibration `vibration` (10 s at `fs` = 1000 Hz, built below) holds two close tones at \
# 50 and 53 Hz plus noise. This code should estimate its power spectral density with Welch's \
# method, `freqs` and `psd`, and report the frequencies of the two highest spectral peaks, \
# lowest first, in `peak_freqs`:
#
# ```python
# import numpy as np
# from scipy import signal
#
# fs = 1000
# t = np.arange(0, 10, 1 / fs)
# rng = np.random.default_rng(0)
# vibration = np.sin(2 * np.pi * 50 * t) + 0.5 * np.sin(2 * np.pi * 53 * t) + 0.5 * rng.standard_normal(t.size)
#
# freqs, psd = signal.welch(vibration, fs=fs)
# peaks, _ = signal.find_peaks(psd)
# peak_freqs = np.sort(freqs[peaks[np.argsort(psd[peaks])[-2:]]])
# ```
#
# It runs, but the two tones merge into one peak near 51 Hz and the second "peak" is noise. Fix it \
# so the spectrum resolves both tones (segments of 4096 samples)."""
# prompt = """
# My vibration signal `vibration` (10 s at `fs` = 1000 Hz) has tones at 50 and 53 Hz, but Welch's \
# PSD (`freqs`, `psd`) shows a single bump and my two strongest peaks `peak_freqs` come out wrong:
#
# ```python
# import numpy as np
# from scipy import signal
#
# fs = 1000
# t = np.arange(0, 10, 1 / fs)
# rng = np.random.default_rng(0)
# vibration = np.sin(2 * np.pi * 50 * t) + 0.5 * np.sin(2 * np.pi * 53 * t) + 0.5 * rng.standard_normal(t.size)
#
# freqs, psd = signal.welch(vibration, fs=fs)
# peaks, _ = signal.find_peaks(psd)
# peak_freqs = np.sort(freqs[peaks[np.argsort(psd[peaks])[-2:]]])
# ```
#
# I'd like segments of 4096 samples. Why can't Welch separate the tones?"""
# task_type = 'fix'
# domain = 'signal_processing'
# libraries = ['scipy.signal', 'numpy']
# inputs = {}
# checks = [
#     'fs == 1000 and len(vibration) == 10 * 1000',
#     'np.allclose(peak_freqs, [50.0, 53.0], atol=0.5)',
#     # 4096-sample segments give a bin spacing of fs / 4096
#     'np.isclose(freqs[1] - freqs[0], fs / 4096)',
#     'np.shape(psd) == np.shape(freqs) == (4096 // 2 + 1,)',
#     # a power spectral density integrates to the signal's variance (any window or overlap)
#     'np.isclose(np.sum(psd) * (freqs[1] - freqs[0]), np.var(vibration), rtol=0.05)',
# ]
# difficulty = 'advanced'
# tags = ['debugging', 'spectral-analysis', 'peak-detection', 'parameter-choice']
# ///
import numpy as np
from scipy import signal

fs = 1000
t = np.arange(0, 10, 1 / fs)
rng = np.random.default_rng(0)
vibration = (
    np.sin(2 * np.pi * 50 * t)
    + 0.5 * np.sin(2 * np.pi * 53 * t)
    + 0.5 * rng.standard_normal(t.size)
)

# the default 256-sample segments give 3.9 Hz bins, too coarse for tones 3 Hz apart
freqs, psd = signal.welch(vibration, fs=fs, nperseg=4096)
peaks, _ = signal.find_peaks(psd)
peak_freqs = np.sort(freqs[peaks[np.argsort(psd[peaks])[-2:]]])
