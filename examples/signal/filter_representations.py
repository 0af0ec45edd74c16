# /// example
# task = """
# Design a Chebyshev type I low-pass of order 4 (1 dB ripple, 30 Hz edge, `fs` Hz) in \
# transfer-function form `b`, `a`; convert it to zeros/poles/gain `z`, `p`, `k` with `tf2zpk`, \
# and to second-order sections both from (b, a) (`sos_from_tf`, via `tf2sos`) and from the zpk \
# form (`sos_from_zpk`, via `zpk2sos`); filter `signal` with `sos_from_zpk` into `filtered`."""
# prompt = """
# I'm designing a Chebyshev type I low-pass of order 4 (1 dB ripple, 30 Hz edge, data at `fs` Hz) \
# in transfer-function form `b`, `a`. I'd like the same filter as zeros, poles and gain (`z`, \
# `p`, `k`), and as second-order sections built two ways: straight from (b, a) as `sos_from_tf` \
# and from the zpk form as `sos_from_zpk`. Then filter `signal` causally with `sos_from_zpk` and \
# store it in `filtered`."""
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
# tags = ['filter-design', 'lti-system']
# edge_cases = true
# ///
from scipy import signal as sps

# cheby1(N, rp, Wn): 1 dB pass-band ripple, and 30 Hz is where the gain first drops below -1 dB
b, a = sps.cheby1(4, 1, 30, fs=fs)
z, p, k = sps.tf2zpk(b, a)
sos_from_tf = sps.tf2sos(b, a)
sos_from_zpk = sps.zpk2sos(z, p, k)
# same filter as lfilter(b, a), but cascaded 2nd-order sections stay accurate at high orders
filtered = sps.sosfilt(sos_from_zpk, signal)
