import numpy as np
import scipy.signal as sps

# freqz with fs= evaluates the same response at frequencies given in Hz
_, response = sps.freqz([0.5, 0.5], [1.0], worN=[0.0, 1000.0, 2000.0], fs=8000)
mag_db = 20 * np.log10(np.abs(response))
phase_deg = np.degrees(np.angle(response))
