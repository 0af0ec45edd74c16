# /// example
# task = """
# This code should report the gain in dB, at 1500 Hz, of a 4th-order Butterworth low-pass with a \
# 1000 Hz cutoff designed for the sample rate `fs` of 8000 Hz, storing it in `gain_db`. It runs, but the \
# number it gives is far too low:
#
# ```python
# import numpy as np
# from scipy import signal
#
# fs = 8000.0
# b, a = signal.butter(4, 1000, fs=fs)
# w, h = signal.freqz(b, a, worN=2048)
# gain_db = 20 * np.log10(np.abs(h[np.argmin(np.abs(w - 1500))]))
# ```
#
# Fix it."""
# prompt = """
# I designed a 4th-order Butterworth low-pass at 1000 Hz for sample rate `fs` = 8000 Hz and want its gain in \
# dB at 1500 Hz, in `gain_db`:
#
# ```python
# import numpy as np
# from scipy import signal
#
# fs = 8000.0
# b, a = signal.butter(4, 1000, fs=fs)
# w, h = signal.freqz(b, a, worN=2048)
# gain_db = 20 * np.log10(np.abs(h[np.argmin(np.abs(w - 1500))]))
# ```
#
# It prints something like -200 dB, which can't be right for a frequency so close to the cutoff."""
# task_type = 'fix'
# domain = 'signal_processing'
# libraries = ['scipy.signal', 'numpy']
# inputs = {}
# checks = [
#     # |H| at z = exp(2j pi 1500 / fs), evaluated from the designed coefficients
#     'np.isclose(gain_db, 20 * np.log10(np.abs(np.polyval(scipy.signal.butter(4, 1000, fs=fs)[0][::-1], np.exp(-2j * np.pi * 1500 / fs)) / np.polyval(scipy.signal.butter(4, 1000, fs=fs)[1][::-1], np.exp(-2j * np.pi * 1500 / fs)))), atol=1e-6)',
#     # a few octaves into the stop band: tens of dB down, nowhere near -200
#     '-60 < gain_db < -10 and fs == 8000',
# ]
# difficulty = 'basic'
# tags = ['debugging', 'system-response', 'lowpass']
# ///
import numpy as np
from scipy import signal

fs = 8000.0
b, a = signal.butter(4, 1000, fs=fs)
# without fs, freqz returns w in rad/sample (0 to pi), so "w - 1500" never matched a frequency in Hz
_, h = signal.freqz(b, a, worN=[1500], fs=fs)
gain_db = 20 * np.log10(np.abs(h[0]))
