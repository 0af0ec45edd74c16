# /// example
# task = '''
# Write a function `least_squares_lowpass` with the signature and docstring below.
#
# ```python
# def least_squares_lowpass(numtaps, cutoff, transition, fs):
#     """Linear-phase low-pass FIR filter designed by least squares.
#
#     The passband is 0 to `cutoff` Hz with gain 1, the stopband from
#     `cutoff + transition` Hz to fs / 2 with gain 0, both weighted
#     equally. numtaps is odd. Returns the `numtaps` coefficients.
#     """
# ```'''
# prompt = """
# I'd like a small helper `least_squares_lowpass(numtaps, cutoff, transition, fs)` that designs \
# a linear-phase FIR low-pass by least squares (not equiripple): unit gain from 0 to `cutoff` Hz, \
# zero gain from `cutoff + transition` Hz up to Nyquist, equal weights, with an odd `numtaps`, \
# returning the coefficients."""
# task_type = 'function'
# domain = 'signal_processing'
# libraries = ['scipy.signal', 'numpy']
# inputs = {}
# checks = [
#     'np.allclose(least_squares_lowpass(101, 100, 50, 1000), scipy.signal.firls(101, [0, 100, 150, 500], [1, 1, 0, 0], fs=1000))',
#     'np.allclose(least_squares_lowpass(31, 3000, 1000, 16000), scipy.signal.firls(31, [0, 3000, 4000, 8000], [1, 1, 0, 0], fs=16000))',
#     # linear phase: symmetric taps; and the design meets a loose low-pass spec
#     'np.allclose(least_squares_lowpass(61, 0.1, 0.05, 1.0), least_squares_lowpass(61, 0.1, 0.05, 1.0)[::-1])',
#     'abs(np.sum(least_squares_lowpass(101, 100, 50, 1000)) - 1) < 0.01',
#     'np.max(np.abs(scipy.signal.freqz(least_squares_lowpass(101, 100, 50, 1000), worN=np.linspace(150, 500, 200), fs=1000)[1])) < 0.01',
# ]
# difficulty = 'intermediate'
# tags = ['reusable-function', 'filter-design', 'fir-filter', 'lowpass']
# ///
from scipy import signal


def least_squares_lowpass(numtaps, cutoff, transition, fs):
    """Linear-phase low-pass FIR filter designed by least squares.

    The passband is 0 to `cutoff` Hz with gain 1, the stopband from
    `cutoff + transition` Hz to fs / 2 with gain 0, both weighted
    equally. numtaps is odd. Returns the `numtaps` coefficients.
    """
    # firls takes band edges in pairs and the desired gain at each edge
    bands = [0, cutoff, cutoff + transition, fs / 2]
    desired = [1, 1, 0, 0]
    return signal.firls(numtaps, bands, desired, fs=fs)
