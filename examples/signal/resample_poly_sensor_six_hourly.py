# /// example
# task = """
# `sensor` holds daily readings (a daily DatetimeIndex, one column per channel). Upsample every \
# channel by 4 to a 6-hourly grid with polyphase filtering along the time axis, and store the \
# result in `six_hourly`: a DataFrame with the same columns and a 6-hourly DatetimeIndex that \
# starts at the first day and has 4 rows per day."""
# prompt = """
# My daily `sensor` table (DatetimeIndex, several channels) has to be merged with 6-hourly data. \
# Can you upsample each channel by 4 with resample_poly along the rows and return a DataFrame \
# `six_hourly` with the same columns, indexed every 6 hours from the first day, 4 rows per day?"""
# domain = 'signal_processing'
# libraries = ['scipy.signal', 'pandas', 'numpy']
# inputs = { sensor = 'sensor' }
# checks = [
#     'isinstance(six_hourly, pd.DataFrame) and list(six_hourly.columns) == list(sensor.columns)',
#     'six_hourly.index.equals(pd.date_range(sensor.index[0], periods=4 * len(sensor), freq="6h"))',
#     'np.allclose(six_hourly.to_numpy(), scipy.signal.resample_poly(sensor.to_numpy(dtype=float), 4, 1, axis=0), atol=1e-9 * (1 + np.abs(sensor.to_numpy(dtype=float)).max()))',
# ]
# difficulty = 'intermediate'
# tags = ['resampling', 'time-series', 'datetime']
# edge_cases = true
# ///
import pandas as pd
from scipy import signal

# axis=0: rows are time; each channel is interpolated by 4 with an anti-imaging FIR filter
upsampled = signal.resample_poly(sensor.to_numpy(dtype=float), up=4, down=1, axis=0)
new_index = pd.date_range(
    sensor.index[0], periods=len(upsampled), freq="6h", name=sensor.index.name
)
six_hourly = pd.DataFrame(upsampled, index=new_index, columns=sensor.columns)
