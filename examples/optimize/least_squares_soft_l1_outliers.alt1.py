import numpy as np
from scipy.optimize import least_squares

rng = np.random.default_rng(11)
y_out = np.array(y, dtype=float)
n_spikes = max(1, int(0.1 * y_out.size))
spikes = rng.choice(y_out.size, size=n_spikes, replace=False)
y_out[spikes] += 10 * np.std(y)


def residuals(p):
    m, c = p
    return m * x + c - y_out


start = np.zeros(2)
plain = least_squares(residuals, start)
# f_scale sets the residual size where soft_l1 switches from quadratic to linear
robust = least_squares(residuals, start, loss="soft_l1", f_scale=0.1 * np.std(y))
