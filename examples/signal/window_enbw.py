# /// example
# task = """
# For 1024-point boxcar, Hann, Hamming, Kaiser (beta 8.6) and Tukey (alpha 0.5) windows from \
# `scipy.signal.windows`, compute each window's equivalent noise bandwidth in bins, N * sum(w**2) \
# / sum(w)**2, into the dict `enbw` keyed "boxcar", "hann", "hamming", "kaiser", "tukey"."""
# prompt = """
# For 1024-point boxcar, Hann, Hamming, Kaiser (beta 8.6) and Tukey (alpha 0.5) windows, compute \
# each window's equivalent noise bandwidth in bins, N * sum(w**2) / sum(w)**2, and store them in \
# the dict `enbw` keyed "boxcar", "hann", "hamming", "kaiser", "tukey"."""
# domain = 'signal_processing'
# libraries = ['scipy.signal', 'numpy']
# inputs = {}
# checks = [
#     "set(enbw) == {'boxcar', 'hann', 'hamming', 'kaiser', 'tukey'}",
#     "np.isclose(enbw['boxcar'], 1) and np.isclose(enbw['hann'], 1.5, rtol=0.01)",
#     "enbw['boxcar'] < enbw['tukey'] < enbw['hamming'] < enbw['hann'] < enbw['kaiser']",
# ]
# difficulty = 'basic'
# tags = ['window-functions', 'spectral-analysis']
# ///
import numpy as np
from scipy.signal import windows

n = 1024
tapers = {
    "boxcar": windows.boxcar(n),
    "hann": windows.hann(n),
    "hamming": windows.hamming(n),
    "kaiser": windows.kaiser(n, beta=8.6),
    "tukey": windows.tukey(n, alpha=0.5),
}
# how much a window widens each bin: scales noise in a PSD estimate
enbw = {name: n * np.sum(w**2) / np.sum(w) ** 2 for name, w in tapers.items()}
