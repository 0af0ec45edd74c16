import numpy as np
import scipy.integrate as si


def damped(x):
    return np.exp(-0.01 * x)


# full_output=1 returns (value, abserr, infodict) and a 4th item, the message, only on trouble
out = si.quad(lambda x: np.cos(50 * x) * damped(x), 0, 200, full_output=1)
first_message = out[3] if len(out) > 3 else None
if first_message is not None:
    # the cosine weight handles the oscillation analytically: integrate only the envelope
    out = si.quad(damped, 0, 200, weight="cos", wvar=50, full_output=1)
value, abserr = out[0], out[1]
converged = len(out) <= 3
