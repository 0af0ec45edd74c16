import numpy as np
import scipy.signal as sps

fs = 200
n_samples = 3 * fs  # three seconds
t = np.arange(n_samples) / fs
rng = np.random.default_rng(seed=0)
position = 2 * np.sin(2 * np.pi * 1.5 * t) + rng.normal(scale=0.1, size=n_samples)

# analytic derivative of 2 sin(2 pi 1.5 t)
true_velocity = 2 * (2 * np.pi * 1.5) * np.cos(2 * np.pi * 1.5 * t)
velocity = sps.savgol_filter(position, 41, 3, deriv=1, delta=1 / fs)
