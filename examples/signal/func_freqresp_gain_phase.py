# /// example
# task = '''
# Write a function `gain_phase` with the signature and docstring below.
#
# ```python
# def gain_phase(num, den, omega):
#     """Gain in dB and phase in degrees of the continuous-time transfer
#     function num(s) / den(s) (coefficients highest power first) at the
#     angular frequencies omega (rad/s, increasing).
#
#     The phase is unwrapped along omega, so it runs continuously past
#     -180 degrees. Returns two float arrays of len(omega).
#     """
# ```'''
# prompt = """
# For loop-shaping I need `gain_phase(num, den, omega)`: given a continuous-time transfer function \
# num(s)/den(s) (coefficients highest power first) and increasing angular frequencies `omega` in \
# rad/s, return the gain in dB and the phase in degrees, with the phase unwrapped so it keeps \
# going below -180 degrees. Two float arrays, one value per frequency."""
# task_type = 'function'
# domain = 'signal_processing'
# libraries = ['scipy.signal', 'numpy']
# inputs = {}
# checks = [
#     # 1 / (s + 1) at its corner frequency: -3.01 dB and -45 degrees
#     'np.allclose(gain_phase([1], [1, 1], [1.0]), [[-10 * np.log10(2)], [-45.0]])',
#     # an integrator: -20 dB per decade, constant -90 degrees
#     'np.allclose(gain_phase([1], [1, 0], [1.0, 10.0, 100.0]), [[0, -20, -40], [-90, -90, -90]])',
#     # three real poles: the phase passes -180 towards -270 without jumping back to +180
#     'np.allclose(gain_phase([8], [1, 3, 3, 1], np.logspace(-1, 2, 40))[1], np.degrees(np.unwrap(np.angle(8 / (1j * np.logspace(-1, 2, 40) + 1) ** 3))))',
#     'np.allclose(gain_phase([8], [1, 3, 3, 1], np.logspace(-1, 2, 40))[0], 20 * np.log10(8 / np.abs(1j * np.logspace(-1, 2, 40) + 1) ** 3))',
#     'np.allclose(gain_phase([2, 5], [1, 0.4, 4], [0.5, 2.0, 8.0])[0], 20 * np.log10(np.abs(np.polyval([2, 5], 1j * np.array([0.5, 2.0, 8.0])) / np.polyval([1, 0.4, 4], 1j * np.array([0.5, 2.0, 8.0])))))',
# ]
# difficulty = 'intermediate'
# tags = ['reusable-function', 'system-response', 'lti-system']
# ///
import numpy as np
from scipy import signal


def gain_phase(num, den, omega):
    """Gain in dB and phase in degrees of the continuous-time transfer
    function num(s) / den(s) (coefficients highest power first) at the
    angular frequencies omega (rad/s, increasing).

    The phase is unwrapped along omega, so it runs continuously past
    -180 degrees. Returns two float arrays of len(omega).
    """
    _, response = signal.freqresp(signal.lti(num, den), w=np.asarray(omega, dtype=float))
    gain_db = 20 * np.log10(np.abs(response))
    # unwrap in radians before converting, so the phase does not jump by 360 degrees
    phase_deg = np.degrees(np.unwrap(np.angle(response)))
    return gain_db, phase_deg
