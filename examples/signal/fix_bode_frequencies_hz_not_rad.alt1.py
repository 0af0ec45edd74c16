import numpy as np
import scipy.signal as sps

cutoff_rad = 2 * np.pi * 10.0
system = sps.lti([cutoff_rad], [1.0, cutoff_rad])
_, response = sps.freqs(
    [cutoff_rad], [1.0, cutoff_rad], worN=2 * np.pi * np.array([1.0, 10.0, 100.0])
)
gain_db = 20 * np.log10(np.abs(response))
