# /// example
# task = """
# For a low-pass spec on data sampled at `fs` Hz (passband edge 40 Hz with at most 1 dB loss, \
# stopband from 60 Hz with at least 40 dB attenuation), find the minimum order of a Butterworth, \
# Chebyshev I and elliptic design with `buttord`, `cheb1ord`, `ellipord` (store them in the dict \
# `orders` keyed "butter", "cheby1", "ellip"); design the elliptic filter as `sos` and evaluate \
# its response `h` at the two band edges."""
# prompt = """
# For a low-pass spec on data sampled at `fs` Hz (passband edge 40 Hz with at most 1 dB loss, \
# stopband from 60 Hz with at least 40 dB attenuation), what is the minimum order for a \
# Butterworth, a Chebyshev I and an elliptic design? Put them in the dict `orders` keyed \
# "butter", "cheby1", "ellip". Then design the elliptic filter at that minimum order as \
# second-order sections `sos` and evaluate its complex response `h` at the two band edges (40 and \
# 60 Hz)."""
# domain = 'signal_processing'
# libraries = ['scipy.signal']
# inputs = { fs = 'noisy.fs' }
# checks = [
#     "orders['ellip'] <= orders['cheby1'] <= orders['butter']",
#     "sos.shape[0] == (orders['ellip'] + 1) // 2",
#     '20 * np.log10(abs(h[0])) >= -1 - 1e-6',
#     '20 * np.log10(abs(h[1])) <= -40 + 1e-6',
# ]
# difficulty = 'advanced'
# tags = ['filter-design', 'parameter-choice']
# edge_cases = true
# ///
from scipy import signal as sps

wp, ws = 40, 60  # passband and stopband edges (Hz)
gpass, gstop = 1, 40  # max passband loss, min stopband attenuation (dB)
orders = {}
for name, order_for in [("butter", sps.buttord), ("cheby1", sps.cheb1ord), ("ellip", sps.ellipord)]:
    orders[name], _ = order_for(wp, ws, gpass, gstop, fs=fs)

order, wn = sps.ellipord(wp, ws, gpass, gstop, fs=fs)
sos = sps.ellip(order, gpass, gstop, wn, fs=fs, output="sos")
_, h = sps.sosfreqz(sos, worN=[wp, ws], fs=fs)
