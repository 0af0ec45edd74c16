import numpy as np
import scipy.signal as sps

fs = 2000
t = np.arange(fs) / fs
# integrate f(t) = 100 + 300 t^2 to get the phase: 100 t + 100 t^3 cycles
sweep = np.cos(2 * np.pi * (100 * t + 100 * t**3))
analytic = sps.hilbert(sweep)
inst_freq = np.gradient(np.unwrap(np.angle(analytic))) * fs / (2 * np.pi)
