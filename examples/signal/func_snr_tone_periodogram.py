# /// example
# task = '''
# Write a function `tone_snr_db` with the signature and docstring below. Apply it to the \
# recording `x` (sampled at `fs` Hz) for its 440 Hz tone with a half-width of 10 Hz and store the \
# result in `snr_db`.
#
# ```python
# def tone_snr_db(x, fs, f0, half_width):
#     """Signal-to-noise ratio in dB of the tone at f0 Hz in x (sampled at fs Hz).
#
#     Uses the one-sided periodogram with a Hann window (mean removed). Signal
#     power is the sum of the bins with |f - f0| <= half_width; noise power is
#     the sum of all other bins except DC. Returns 10 log10(signal / noise)
#     as a float.
#     """
# ```'''
# prompt = """
# I need a quick SNR for a test tone: `tone_snr_db(x, fs, f0, half_width)` should take a Hann \
# windowed periodogram (mean removed), add up the bins within half_width of f0 (edges included) \
# as signal and every other bin except DC as noise, and return 10 log10(signal / noise). Run it \
# on my recording `x` (rate `fs`) at 440 Hz with half-width 10 Hz into `snr_db`."""
# task_type = 'function'
# domain = 'signal_processing'
# libraries = ['scipy.signal', 'numpy']
# inputs = { x = 'audio.signal', fs = 'audio.fs' }
# checks = [
#     # a pure 50 Hz tone plus a weak 200 Hz tone, 1 s at 1 kHz: the bins hold exact powers
#     'np.isclose(tone_snr_db(np.sin(2 * np.pi * 50 * np.arange(1000) / 1000) + 0.1 * np.sin(2 * np.pi * 200 * np.arange(1000) / 1000), 1000.0, 50.0, 2.0), 20.0, atol=1e-6)',
#     # the signal band edge: half_width 1 keeps the Hann leakage bins at 49 and 51 Hz, half_width 0.5 drops them
#     'tone_snr_db(np.sin(2 * np.pi * 50 * np.arange(1000) / 1000) + 0.1 * np.sin(2 * np.pi * 200 * np.arange(1000) / 1000), 1000.0, 50.0, 1.0) > tone_snr_db(np.sin(2 * np.pi * 50 * np.arange(1000) / 1000) + 0.1 * np.sin(2 * np.pi * 200 * np.arange(1000) / 1000), 1000.0, 50.0, 0.5) + 3',
#     'isinstance(snr_db, float)',
#     'np.isclose(snr_db, (lambda f, p: 10 * np.log10(p[np.abs(f - 440) <= 10].sum() / p[(np.abs(f - 440) > 10) & (f > 0)].sum()))(*scipy.signal.periodogram(x, fs=fs, window="hann")))',
# ]
# difficulty = 'intermediate'
# tags = ['reusable-function', 'spectral-analysis']
# [edge_cases]
# min_seconds = 0.1
# why = 'a recording of 0.1 s or more has bins at most 10 Hz apart, so one falls within 10 Hz of the tone'
# ///
import numpy as np
from scipy import signal


def tone_snr_db(x, fs, f0, half_width):
    """Signal-to-noise ratio in dB of the tone at f0 Hz in x (sampled at fs Hz).

    Uses the one-sided periodogram with a Hann window (mean removed). Signal
    power is the sum of the bins with |f - f0| <= half_width; noise power is
    the sum of all other bins except DC. Returns 10 log10(signal / noise)
    as a float.
    """
    # detrend="constant" (the default) removes the mean before the FFT
    freqs, power = signal.periodogram(x, fs=fs, window="hann", detrend="constant")
    in_band = np.abs(freqs - f0) <= half_width
    noise = ~in_band & (freqs > 0)
    return float(10 * np.log10(power[in_band].sum() / power[noise].sum()))


snr_db = tone_snr_db(x, fs, 440.0, 10.0)
