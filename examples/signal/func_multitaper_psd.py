# /// example
# task = '''
# Write a function `multitaper_psd` with the signature and docstring below.
#
# ```python
# def multitaper_psd(x, fs, nw=3.0):
#     """Multitaper estimate of the one-sided power spectral density of x.
#
#     x is sampled at fs Hz. Uses the K = 2 * nw - 1 discrete prolate
#     spheroidal (Slepian) tapers of time-half-bandwidth nw, each with unit
#     energy; for each taper computes |rfft(x * taper)|**2 / fs, doubles
#     every bin except 0 Hz (and the Nyquist bin for even len(x)), and
#     averages over the tapers. Returns (freqs, psd) with freqs from
#     numpy.fft.rfftfreq.
#     """
# ```'''
# prompt = """
# Welch averages segments, but my records are short, so I want a multitaper PSD instead: \
# `multitaper_psd(x, fs, nw=3.0)` using the K = 2*nw - 1 Slepian (DPSS) tapers with unit energy, \
# each giving |rfft(x * taper)|^2 / fs, one-sided (double all bins but DC and, for even lengths, \
# Nyquist), averaged over the tapers, returning `(freqs, psd)` with numpy's `rfftfreq` \
# frequencies."""
# task_type = 'function'
# domain = 'signal_processing'
# libraries = ['scipy.signal', 'numpy']
# inputs = {}
# checks = [
#     'np.allclose(multitaper_psd(np.ones(64), 100.0)[0], np.fft.rfftfreq(64, 1 / 100.0))',
#     # a 50 Hz tone at 1 kHz peaks at 50 Hz
#     'np.isclose(multitaper_psd(np.sin(2 * np.pi * 50 * np.arange(1000) / 1000), 1000.0)[0][np.argmax(multitaper_psd(np.sin(2 * np.pi * 50 * np.arange(1000) / 1000), 1000.0)[1])], 50.0)',
#     # white noise of variance 4: a flat density of 2 * 4 / fs
#     'abs(np.mean(multitaper_psd(2 * np.random.default_rng(1).standard_normal(4096), 500.0)[1][1:-1]) / (2 * 4 / 500.0) - 1) < 0.1',
#     # the explicit estimate for a short odd-length record with nw = 2 (three tapers)
#     'np.allclose(multitaper_psd(np.cos(np.arange(33) ** 1.5), 10.0, nw=2.0)[1], np.mean(np.abs(np.fft.rfft(np.cos(np.arange(33) ** 1.5) * scipy.signal.windows.dpss(33, 2.0, Kmax=3), axis=1)) ** 2 / 10.0, axis=0) * np.r_[1.0, np.full(16, 2.0)])',
#     # an even-length record with the default nw = 3 (five tapers): the Nyquist bin is not doubled
#     'np.allclose(multitaper_psd(np.sin(np.arange(40) ** 1.3), 8.0)[1], np.mean(np.abs(np.fft.rfft(np.sin(np.arange(40) ** 1.3) * scipy.signal.windows.dpss(40, 3.0, Kmax=5), axis=1)) ** 2 / 8.0, axis=0) * np.r_[1.0, np.full(19, 2.0), 1.0])',
# ]
# difficulty = 'advanced'
# tags = ['reusable-function', 'spectral-analysis', 'window-functions']
# ///
import numpy as np
from scipy.signal import windows


def multitaper_psd(x, fs, nw=3.0):
    """Multitaper estimate of the one-sided power spectral density of x.

    x is sampled at fs Hz. Uses the K = 2 * nw - 1 discrete prolate
    spheroidal (Slepian) tapers of time-half-bandwidth nw, each with unit
    energy; for each taper computes |rfft(x * taper)|**2 / fs, doubles
    every bin except 0 Hz (and the Nyquist bin for even len(x)), and
    averages over the tapers. Returns (freqs, psd) with freqs from
    numpy.fft.rfftfreq.
    """
    x = np.asarray(x, dtype=float)
    n = len(x)
    n_tapers = int(2 * nw - 1)
    # dpss returns one unit-energy taper per row
    tapers = windows.dpss(n, nw, Kmax=n_tapers)
    spectra = np.abs(np.fft.rfft(tapers * x, axis=1)) ** 2 / fs
    psd = spectra.mean(axis=0)
    psd[1:] *= 2
    if n % 2 == 0:
        psd[-1] /= 2
    return np.fft.rfftfreq(n, d=1 / fs), psd
