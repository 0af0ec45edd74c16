# /// example
# task = """
# Discretise the analogue RC low-pass filter H(s) = 1 / (tau s + 1) with tau = 0.01 s at the \
# sampling interval of `signal` (sampled at `fs` Hz) using a zero-order hold, with \
# `scipy.signal.cont2discrete`. Store the discrete transfer function's 1-D numerator and \
# denominator coefficients in `b` and `a` (powers of z^-1), and `signal` filtered by it in \
# `filtered`."""
# prompt = """
# I have an analogue RC low-pass with transfer function 1 / (tau s + 1), tau = `0.01` s, and I \
# want its digital equivalent at the sample rate of `signal` (`fs` Hz), assuming a zero-order \
# hold on the input. Convert it with scipy, give me the discrete numerator and denominator as \
# 1-D arrays `b` and `a` (in powers of z^-1), and run `signal` through the discrete filter, \
# storing the output in `filtered`."""
# domain = 'signal_processing'
# libraries = ['scipy.signal', 'numpy']
# inputs = { signal = 'noisy.signal', fs = 'noisy.fs' }
# checks = [
#     # a zero-order hold maps the pole -1/tau to exp(-dt/tau) and keeps the DC gain at 1
#     'np.allclose(np.trim_zeros(np.asarray(b, dtype=float).ravel(), "b") / np.ravel(a)[0], [0, 1 - np.exp(-1 / (0.01 * fs))])',
#     'np.allclose(np.ravel(a) / np.ravel(a)[0], [1, -np.exp(-1 / (0.01 * fs))])',
#     '(lambda p: np.allclose(filtered, scipy.signal.lfilter([0, 1 - p], [1, -p], signal), atol=1e-9 * np.abs(signal).max()))(np.exp(-1 / (0.01 * fs)))',
#     'np.ndim(b) == np.ndim(a) == 1',
# ]
# difficulty = 'intermediate'
# tags = ['lti-system', 'filtering', 'lowpass', 'applied-science']
# edge_cases = true
# ///
from scipy import signal as sps

tau = 0.01
num_d, den_d, dt = sps.cont2discrete(([1.0], [tau, 1.0]), dt=1 / fs, method="zoh")
# cont2discrete returns a 2-D numerator (one row per output); lfilter wants 1-D coefficients
b, a = num_d.ravel(), den_d
filtered = sps.lfilter(b, a, signal)
