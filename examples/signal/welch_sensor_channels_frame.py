# /// example
# task = """
# `sensor` holds one reading per day (rows) for several channels (columns). Estimate the power \
# spectral density of every channel at once with Welch's method along the time axis, 32-day Hann \
# segments, frequencies in cycles per day (sampling rate 1 per day). Store the result in \
# `psd_table`: a DataFrame indexed by frequency (index name `frequency`) with one column per \
# channel, named like the columns of `sensor`."""
# prompt = """
# I want the spectra of all channels of my daily `sensor` table in one go: Welch PSD along the \
# rows, 32-day Hann segments, frequency in cycles per day. Return a DataFrame `psd_table` with \
# the frequencies as index (named `frequency`) and the same column names as `sensor`."""
# domain = 'signal_processing'
# libraries = ['scipy.signal', 'pandas', 'numpy']
# inputs = { sensor = 'sensor' }
# checks = [
#     'isinstance(psd_table, pd.DataFrame) and list(psd_table.columns) == list(sensor.columns) and psd_table.index.name == "frequency"',
#     'np.allclose(psd_table.index.to_numpy(dtype=float), np.fft.rfftfreq(32, d=1.0))',
#     'all(np.allclose(psd_table[c].to_numpy(), scipy.signal.welch(sensor[c].to_numpy(dtype=float), fs=1.0, window="hann", nperseg=32)[1], rtol=1e-9, atol=1e-12 * (1 + np.sum(sensor[c].to_numpy(dtype=float) ** 2))) for c in sensor.columns)',
# ]
# difficulty = 'intermediate'
# tags = ['spectral-analysis', 'time-series', 'column-wise']
# [edge_cases]
# min_size = 32
# why = 'one 32-day segment needs at least 32 days'
# ///
import pandas as pd
from scipy import signal

# axis=0 runs along the days, giving one PSD column per channel
freqs, psd = signal.welch(sensor.to_numpy(dtype=float), fs=1.0, window="hann", nperseg=32, axis=0)
psd_table = pd.DataFrame(psd, index=pd.Index(freqs, name="frequency"), columns=sensor.columns)
