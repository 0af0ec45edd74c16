import numpy as np
from scipy import optimize


def gaussian(t, height, center, width):
    return height * np.exp(-((t - center) ** 2) / (2 * width**2))


# curve_fit switches to 'trf' by itself when bounds are given
fitted, _ = optimize.curve_fit(
    gaussian,
    x,
    y,
    p0=[y.max(), x[np.argmax(y)], 1.0],
    bounds=([0.0, x.min(), 1e-3], [np.inf, x.max(), np.ptp(x)]),
)
