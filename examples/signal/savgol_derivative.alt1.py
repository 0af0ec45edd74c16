import numpy as np
from scipy.signal import savgol_filter

fs = 200.0
dt = 1.0 / fs
rng = np.random.default_rng(0)
time = np.arange(0.0, 2.0, dt)
omega = 2 * np.pi * 1.5
position = 2.0 * np.sin(omega * time) + 0.05 * rng.standard_normal(time.size)
true_velocity = 2.0 * omega * np.cos(omega * time)

# deriv=1 with delta=dt differentiates the local cubic fit in physical units (per second)
velocity = savgol_filter(position, window_length=41, polyorder=3, deriv=1, delta=dt)
