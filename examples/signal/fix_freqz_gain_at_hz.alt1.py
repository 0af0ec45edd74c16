import numpy as np
import scipy.signal as sps

fs = 8000.0
sos = sps.butter(4, 1000, output="sos", fs=fs)
# sosfreqz with fs works in Hz; ask for the response exactly at 1500 Hz
_, response = sps.sosfreqz(sos, worN=np.array([1500.0]), fs=fs)
gain_db = float(20 * np.log10(np.abs(response[0])))
