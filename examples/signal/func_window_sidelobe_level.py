# /// example
# task = '''
# Write a function `peak_sidelobe_db` with the signature and docstring below, and use it to store
# in `taylor_sll` the peak sidelobe level of a 51-point Taylor window with 4 nearly constant
# sidelobes and a 35 dB design level (`scipy.signal.windows.taylor(51, nbar=4, sll=35)`).
#
# ```python
# def peak_sidelobe_db(window, oversample=64):
#     """Highest sidelobe of a window's spectrum, in dB relative to its main lobe.
#
#     The spectrum is the magnitude of the FFT of the window zero-padded to
#     oversample * len(window) points. The main lobe ends at the first local
#     minimum after 0 Hz; the result is 20 * log10 of the largest magnitude
#     beyond it divided by the peak (a negative number).
#     """
# ```'''
# prompt = """
# I compare tapering windows by their highest sidelobe. Please write \
# `peak_sidelobe_db(window, oversample=64)`: zero-pad the window to `oversample` times its length, \
# take the FFT magnitude, find where the main lobe ends (first local minimum after DC) and return \
# the largest magnitude beyond it relative to the peak, in dB. Then store in `taylor_sll` the value \
# for a 51-point Taylor window with nbar=4 and a 35 dB sidelobe level."""
# task_type = 'function'
# domain = 'signal_processing'
# libraries = ['scipy.signal', 'numpy']
# inputs = {}
# checks = [
#     # textbook values: rectangular -13.26 dB, Hann -31.47 dB
#     'abs(peak_sidelobe_db(np.ones(51)) + 13.26) < 0.05',
#     'abs(peak_sidelobe_db(scipy.signal.windows.hann(51)) + 31.47) < 0.05',
#     # a Dolph-Chebyshev window designed for 60 dB has every sidelobe at -60 dB
#     'abs(peak_sidelobe_db(scipy.signal.windows.chebwin(51, at=60)) + 60) < 0.05',
#     'abs(peak_sidelobe_db(scipy.signal.windows.hamming(64), oversample=32) + 42.7) < 0.5',
#     'abs(taylor_sll + 35) < 0.5',
# ]
# difficulty = 'intermediate'
# tags = ['reusable-function', 'window-functions', 'spectral-analysis']
# ///
import numpy as np
from scipy.signal import windows


def peak_sidelobe_db(window, oversample=64):
    """Highest sidelobe of a window's spectrum, in dB relative to its main lobe.

    The spectrum is the magnitude of the FFT of the window zero-padded to
    oversample * len(window) points. The main lobe ends at the first local
    minimum after 0 Hz; the result is 20 * log10 of the largest magnitude
    beyond it divided by the peak (a negative number).
    """
    window = np.asarray(window, dtype=float)
    # zero-padding samples the window's spectrum finely enough to see each lobe
    spectrum = np.abs(np.fft.rfft(window, oversample * len(window)))
    spectrum /= spectrum.max()
    first_rise = np.argmax(np.diff(spectrum) > 0)
    return float(20 * np.log10(spectrum[first_rise:].max()))


taylor_sll = peak_sidelobe_db(windows.taylor(51, nbar=4, sll=35))
