# /// example
# task = '''
# Write a function `peak_frequency_hz` with the signature and docstring below. Apply it to the
# recording `x` sampled at `fs` Hz and store the result in `main_hz`.
#
# ```python
# def peak_frequency_hz(x, fs):
#     """Frequency in Hz of the largest peak of the amplitude spectrum of `x`.
#
#     `x` is sampled at `fs` Hz. The mean is removed first, so a DC offset
#     never wins; the frequency is that of the FFT bin, k * fs / len(x).
#     Returns a float; 0.0 for a constant signal or fewer than 2 samples.
#     """
# ```'''
# prompt = """
# I need a quick `peak_frequency_hz(x, fs)` that tells me which frequency dominates a signal: \
# subtract the mean (so an offset doesn't count), take the FFT and return the frequency in Hz of \
# the strongest bin (bin k is k * fs / len(x)) as a float, or `0.0` for a constant signal or one \
# with fewer than 2 samples. Run it on my recording `x` sampled at `fs` Hz into `main_hz`."""
# task_type = 'function'
# domain = 'signal_processing'
# libraries = ['numpy']
# inputs = { x = 'stereo.y', fs = 'stereo.fs' }
# checks = [
#     'np.isclose(peak_frequency_hz(np.sin(2 * np.pi * 12 * np.arange(100) / 100), 100.0), 12.0)',
#     # the 3.0 offset must not win over the 7 Hz tone
#     'np.isclose(peak_frequency_hz(3.0 + 0.5 * np.sin(2 * np.pi * 7 * np.arange(128) / 64) + 0.2 * np.cos(2 * np.pi * 30 * np.arange(128) / 64), 64.0), 7.0)',
#     'np.isclose(peak_frequency_hz(0.3 * np.sin(2 * np.pi * 50 * np.arange(1000) / 1000) + np.cos(2 * np.pi * 250 * np.arange(1000) / 1000), 1000.0), 250.0)',
#     'peak_frequency_hz(np.full(16, 2.5), 8.0) == 0.0',
#     'peak_frequency_hz([4.0], 8.0) == 0.0 and peak_frequency_hz([], 8.0) == 0.0',
#     'isinstance(main_hz, float)',
#     'np.isclose(main_hz, np.fft.rfftfreq(len(x), 1 / fs)[np.argmax(np.abs(np.fft.rfft(x - np.mean(x))))])',
# ]
# difficulty = 'basic'
# tags = ['reusable-function', 'spectral-analysis', 'fourier-transform']
# edge_cases = true
# ///
import numpy as np


def peak_frequency_hz(x, fs):
    """Frequency in Hz of the largest peak of the amplitude spectrum of `x`.

    `x` is sampled at `fs` Hz. The mean is removed first, so a DC offset
    never wins; the frequency is that of the FFT bin, k * fs / len(x).
    Returns a float; 0.0 for a constant signal or fewer than 2 samples.
    """
    x = np.asarray(x, dtype=float)
    if x.size < 2:
        return 0.0
    spectrum = np.abs(np.fft.rfft(x - x.mean()))
    freqs = np.fft.rfftfreq(x.size, d=1 / fs)
    # a constant signal leaves an all-zero spectrum, whose argmax is the 0 Hz bin
    return float(freqs[np.argmax(spectrum)])


main_hz = peak_frequency_hz(x, fs)
