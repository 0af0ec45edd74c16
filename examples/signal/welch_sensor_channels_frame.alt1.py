import pandas as pd
import scipy.signal as sps

# one Welch estimate per column (the default window is already Hann)
spectra = {}
for channel in sensor.columns:
    frequency, spectra[channel] = sps.welch(
        sensor[channel].to_numpy(dtype=float), fs=1.0, nperseg=32
    )
psd_table = pd.DataFrame(spectra, index=pd.Index(frequency, name="frequency"))
