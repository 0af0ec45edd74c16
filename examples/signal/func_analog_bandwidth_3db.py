# /// example
# task = '''
# Write a function `bandwidth_3db` with the signature and docstring below, and store in
# `sensor_bw` the bandwidth of the sensor model 25 / (s^2 + 4 s + 25), and in `lead_error` the
# message raised for the lead network (s + 1) / (0.1 s + 1), whose gain only rises.
#
# ```python
# def bandwidth_3db(num, den):
#     """-3 dB bandwidth in rad/s of the stable low-pass system num(s) / den(s).
#
#     The bandwidth is the lowest angular frequency w > 0 at which |H(jw)|
#     falls to |H(0)| / sqrt(2), located to 1e-10 relative accuracy. Raises
#     ValueError("gain never drops 3 dB") when |H(jw)| stays above that level
#     up to 1000 times the largest pole magnitude.
#     """
# ```'''
# prompt = """
# I need `bandwidth_3db(num, den)` for continuous-time low-pass models: the first angular \
# frequency (rad/s) where the gain |H(jw)| has dropped to |H(0)|/sqrt(2), found accurately (relative \
# error about 1e-10), raising `ValueError("gain never drops 3 dB")` if that never happens up to 1000 \
# times the largest pole magnitude. What is it for my sensor 25 / (s^2 + 4 s + 25)? Store that in \
# `sensor_bw`, and keep the error message for the lead network (s + 1) / (0.1 s + 1) in `lead_error`."""
# task_type = 'function'
# domain = 'signal_processing'
# libraries = ['scipy.signal', 'scipy.optimize', 'numpy']
# inputs = {}
# checks = [
#     # first-order lag 1 / (tau s + 1): the bandwidth is 1 / tau
#     'np.isclose(bandwidth_3db([1.0], [0.02, 1.0]), 50.0, rtol=1e-8)',
#     # an analog Butterworth filter is 3 dB down exactly at its cutoff
#     'np.isclose(bandwidth_3db(*scipy.signal.butter(4, 10.0, analog=True)), 10.0, rtol=1e-8)',
#     # second order: wn * sqrt(1 - 2 zeta^2 + sqrt(4 zeta^4 - 4 zeta^2 + 2)) with wn = 5, zeta = 0.4
#     'np.isclose(sensor_bw, 5.0 * np.sqrt(1 - 2 * 0.4**2 + np.sqrt(4 * 0.4**4 - 4 * 0.4**2 + 2)), rtol=1e-8)',
#     'np.isclose(bandwidth_3db([3.0], [1.0, 3.0 * np.sqrt(2) * 0.7, 9.0]), 3.0 * np.sqrt(1 - 2 * (np.sqrt(2) * 0.7 / 2) ** 2 + np.sqrt(4 * (np.sqrt(2) * 0.7 / 2) ** 4 - 4 * (np.sqrt(2) * 0.7 / 2) ** 2 + 2)), rtol=1e-8)',
#     'isinstance(sensor_bw, float)',
#     'lead_error == "gain never drops 3 dB"',
# ]
# difficulty = 'advanced'
# tags = ['reusable-function', 'lti-system', 'system-response', 'root-finding', 'error-handling']
# ///
import numpy as np
from scipy import optimize, signal


def bandwidth_3db(num, den):
    """-3 dB bandwidth in rad/s of the stable low-pass system num(s) / den(s).

    The bandwidth is the lowest angular frequency w > 0 at which |H(jw)|
    falls to |H(0)| / sqrt(2), located to 1e-10 relative accuracy. Raises
    ValueError("gain never drops 3 dB") when |H(jw)| stays above that level
    up to 1000 times the largest pole magnitude.
    """
    level = abs(np.polyval(num, 0.0) / np.polyval(den, 0.0)) / np.sqrt(2)

    def gain(w):
        return np.abs(signal.freqs(num, den, worN=np.atleast_1d(w))[1])

    # scan a log grid to bracket the first crossing, then refine it with brentq
    w_top = 1000 * np.max(np.abs(np.roots(den)))
    grid = np.logspace(np.log10(w_top) - 9, np.log10(w_top), 2000)
    below = np.flatnonzero(gain(grid) <= level)
    if below.size == 0:
        raise ValueError("gain never drops 3 dB")
    first = below[0]
    if first == 0:
        return float(grid[0])
    return optimize.brentq(lambda w: gain(w)[0] - level, grid[first - 1], grid[first], rtol=1e-12)


sensor_bw = bandwidth_3db([25.0], [1.0, 4.0, 25.0])

try:
    bandwidth_3db([1.0, 1.0], [0.1, 1.0])
except ValueError as error:
    lead_error = str(error)
