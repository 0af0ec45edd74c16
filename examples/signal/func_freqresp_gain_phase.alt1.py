import numpy as np
import scipy.signal as sps


def gain_phase(num, den, omega):
    """Gain in dB and phase in degrees of the continuous-time transfer
    function num(s) / den(s) (coefficients highest power first) at the
    angular frequencies omega (rad/s, increasing).

    The phase is unwrapped along omega, so it runs continuously past
    -180 degrees. Returns two float arrays of len(omega).
    """
    # bode already returns the gain in dB and the unwrapped phase in degrees
    _, gain_db, phase_deg = sps.bode((num, den), w=np.asarray(omega, dtype=float))
    return gain_db, phase_deg
