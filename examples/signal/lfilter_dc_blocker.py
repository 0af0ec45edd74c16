# /// example
# task = """
# Remove the slowly varying offset from the channel `y` with the classic one-pole DC blocker \
# out[n] = y[n] - y[n-1] + 0.995 out[n-1] (zero initial state), applied with `lfilter` as a \
# transfer function, and store the result in `blocked`."""
# prompt = """
# I'd like the standard DC-blocking filter out[n] = y[n] - y[n-1] + 0.995 out[n-1] on my channel \
# `y`, starting from rest, done with lfilter rather than a Python loop. Put the output in \
# `blocked`."""
# domain = 'signal_processing'
# libraries = ['scipy.signal', 'numpy']
# inputs = { y = 'stereo.y' }
# checks = [
#     'np.shape(blocked) == np.shape(y)',
#     'np.isclose(blocked[0], y[0])',
#     # the recursion holds at every step
#     'np.allclose(blocked[1:], y[1:] - y[:-1] + 0.995 * blocked[:-1], atol=1e-9 * (1 + np.abs(y).max()))',
# ]
# difficulty = 'basic'
# tags = ['filtering', 'highpass', 'iir-filter']
# edge_cases = true
# ///
from scipy import signal

# numerator 1 - z^-1 differences away DC; the pole at 0.995 restores everything but the lowest frequencies
blocked = signal.lfilter([1.0, -1.0], [1.0, -0.995], y)
