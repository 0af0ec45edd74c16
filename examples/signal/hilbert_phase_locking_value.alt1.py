import numpy as np
import scipy.signal as sps

analytic_x = sps.hilbert(sps.detrend(x))
analytic_y = sps.hilbert(sps.detrend(y))
# z_x * conj(z_y) has the phase difference as its angle; normalise to unit length before averaging
cross = analytic_x * np.conj(analytic_y)
phase_diff = np.angle(cross)
plv = float(np.abs(np.mean(np.exp(1j * phase_diff))))
