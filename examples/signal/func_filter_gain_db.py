# /// example
# task = '''
# Write a function `gain_db` with the signature and docstring below, and store in `smoother_db`
# the gain of the 3-tap smoother `b = [0.25, 0.5, 0.25]`, `a = [1.0]` at 0, 100 and 200 Hz for a
# sample rate of 1000 Hz.
#
# ```python
# def gain_db(b, a, freqs_hz, fs):
#     """Gain in dB of the digital filter with coefficients (b, a).
#
#     `freqs_hz` is a sequence of frequencies in Hz and `fs` the sample rate
#     in Hz. Returns a float array with one value per frequency,
#     20 * log10(|H(f)|).
#     """
# ```'''
# prompt = """
# Can you write `gain_db(b, a, freqs_hz, fs)` that tells me how many dB a digital filter (b, a) \
# passes at the frequencies I list in Hz, for sample rate `fs`? It should return a float array \
# of 20*log10 of the response magnitude, one value per frequency. Then give me, in `smoother_db`, \
# the gain of my smoother `b = [0.25, 0.5, 0.25]`, `a = [1.0]` at the 3 frequencies 0, 100 and 200 Hz \
# with `fs` = 1000."""
# task_type = 'function'
# domain = 'signal_processing'
# libraries = ['scipy.signal', 'numpy']
# inputs = {}
# checks = [
#     # a 2-tap average has |H(f)| = |cos(pi f / fs)|
#     'np.allclose(gain_db([0.5, 0.5], [1.0], [0.0, 10.0, 25.0, 40.0], 100.0), 20 * np.log10(np.abs(np.cos(np.pi * np.array([0.0, 10.0, 25.0, 40.0]) / 100.0))))',
#     # a one-pole smoother 0.2 / (1 - 0.8 z^-1): unity gain at DC, 1/9 at Nyquist
#     'np.allclose(gain_db([0.2], [1.0, -0.8], [0.0, 500.0], 1000.0), [0.0, 20 * np.log10(1 / 9)])',
#     # a Butterworth filter is 3 dB down at its cutoff
#     'np.allclose(gain_db(*scipy.signal.butter(4, 30.0, fs=250.0), [30.0], 250.0), [-10 * np.log10(2)])',
#     'np.allclose(smoother_db, 20 * np.log10(np.cos(np.pi * np.array([0.0, 100.0, 200.0]) / 1000.0) ** 2))',
#     'len(smoother_db) == 3',
# ]
# difficulty = 'basic'
# tags = ['reusable-function', 'filter-design', 'system-response']
# ///
import numpy as np
from scipy import signal


def gain_db(b, a, freqs_hz, fs):
    """Gain in dB of the digital filter with coefficients (b, a).

    `freqs_hz` is a sequence of frequencies in Hz and `fs` the sample rate
    in Hz. Returns a float array with one value per frequency,
    20 * log10(|H(f)|).
    """
    # an array worN evaluates the response exactly at these frequencies (in Hz, given fs)
    _, response = signal.freqz(b, a, worN=np.asarray(freqs_hz, dtype=float), fs=fs)
    return 20 * np.log10(np.abs(response))


smoother_db = gain_db([0.25, 0.5, 0.25], [1.0], [0.0, 100.0, 200.0], 1000.0)
