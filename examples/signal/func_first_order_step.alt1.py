import numpy as np
from scipy.signal import lsim


def first_order_step(tau, t, gain=1.0):
    """Step response of the first-order system gain / (tau * s + 1).

    `tau` is the time constant in seconds and `t` evenly spaced times in
    seconds starting at 0. The input steps from 0 to 1 at t = 0 with the
    system at rest. Returns a float array like `t`.
    """
    times = np.asarray(t, dtype=float)
    _, output, _ = lsim(([gain], [tau, 1.0]), U=np.ones_like(times), T=times)
    return output


times_s = np.linspace(0, 5e-3, 51)
capacitor_v = first_order_step(1e-3, times_s, gain=5.0)
