import numpy as np
import scipy.signal as sps

samples = np.arange(y.size)
slope, intercept = np.polyfit(samples, y, deg=1)
# subtract the fitted line so the analytic signal sees only the oscillation
envelope = np.abs(sps.hilbert(y - (slope * samples + intercept)))
