# /// example
# task = """
# Design a Chebyshev type I low-pass of order 4 (1 dB ripple, 30 Hz edge, `fs` Hz) in \
# transfer-function form `b`, `a`; convert it to zeros/poles/gain `z`, `p`, `k` with `tf2zpk`, \
# and to second-order sections both from (b, a) (`sos_from_tf`, via `tf2sos`) and from the zpk \
# form (`sos_from_zpk`, via `zpk2sos`); filter `signal` with `sos_from_zpk` into `filtered`."""
# domain = 'signal_processing'
# libraries = ['scipy.signal', 'numpy']
# inputs = { signal = 'noisy.signal', fs = 'noisy.fs' }
# checks = [
#     'len(p) == 4 and np.all(np.abs(p) < 1)',
#     "sos_from_tf.shape == sos_from_zpk.shape == scipy.signal.cheby1(4, 1, 30, fs=fs, output='sos').shape",
#     'np.allclose(scipy.signal.sosfreqz(sos_from_tf, fs=fs)[1], scipy.signal.freqz(b, a, fs=fs)[1])',
#     'np.allclose(filtered, scipy.signal.lfilter(b, a, signal))',
# ]
# difficulty = 'intermediate'
# tags = ['filter-design', 'transfer-function', 'zpk']
# edge_cases = true
# ///
from scipy import signal as sps

b, a = sps.cheby1(4, 1, 30, fs=fs)
z, p, k = sps.tf2zpk(b, a)
sos_from_tf = sps.tf2sos(b, a)
sos_from_zpk = sps.zpk2sos(z, p, k)
filtered = sps.sosfilt(sos_from_zpk, signal)
