# /// example
# task = """
# Design with `scipy.signal.iirfilter` an order-4 elliptic band-stop filter for `signal` \
# (sampled at `fs` Hz) with band edges 45 and 55 Hz, at most 1 dB passband ripple and at least \
# 40 dB stopband attenuation, as second-order sections in `sos`. Remove the 50 Hz hum by \
# applying it forward and backward (zero phase) and store the result in `filtered`."""
# prompt = """
# There's 50 Hz hum in `signal` (sampled at `fs` Hz). Using scipy's generic `iirfilter`, design \
# an order `4` elliptic band-stop filter with band edges `45` and `55` Hz, at most `1` dB of \
# passband ripple and at least `40` dB of stopband attenuation, as second-order sections in \
# `sos`. Then filter the signal forward and backward so there's no phase shift, and put the \
# result in `filtered`."""
# domain = 'signal_processing'
# libraries = ['scipy.signal', 'numpy']
# inputs = { signal = 'noisy.signal', fs = 'noisy.fs' }
# checks = [
#     # a band-stop design doubles the order: 8 poles in 4 second-order sections
#     'len(sos) == 4',
#     # the response |H| at 20, 45, 50, 55 and 100 Hz, cascading the sections by hand
#     '(lambda h: np.allclose(h[[1, 3]], 10 ** (-1 / 20)) and h[2] <= 10 ** (-40 / 20) * (1 + 1e-6) and np.all((h[[0, 4]] >= 10 ** (-1 / 20) - 1e-6) & (h[[0, 4]] <= 1 + 1e-6)))((lambda e: np.abs(np.prod([(s[0] + s[1] * e + s[2] * e**2) / (s[3] + s[4] * e + s[5] * e**2) for s in sos], axis=0)))(np.exp(-2j * np.pi * np.array([20, 45, 50, 55, 100]) / fs)))',
#     # the same filter as scipy's dedicated elliptic design, applied forward and backward
#     "np.allclose(filtered, scipy.signal.sosfiltfilt(scipy.signal.ellip(4, 1, 40, [45, 55], btype='bandstop', output='sos', fs=fs), signal), atol=1e-9 * np.abs(signal).max())",
#     'filtered.shape == signal.shape',
# ]
# difficulty = 'intermediate'
# tags = ['filter-design', 'iir-filter', 'bandpass', 'filtering']
# edge_cases = true
# ///
from scipy import signal as sps

# for an elliptic design Wn are the passband edges: the response is -rp dB at 45 and 55 Hz
sos = sps.iirfilter(4, [45, 55], rp=1, rs=40, btype="bandstop", ftype="ellip", output="sos", fs=fs)
filtered = sps.sosfiltfilt(sos, signal)
