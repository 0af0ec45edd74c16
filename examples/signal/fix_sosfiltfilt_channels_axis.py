# /// example
# task = """
# The DataFrame `sensor` holds one row per day and one column per channel. This code should \
# smooth every channel with a zero-phase 2nd-order Butterworth low-pass at 0.1 cycles per day and \
# store the result in `smoothed` (a DataFrame with the index and columns of `sensor`), but it \
# raises an error:
#
# ```python
# from scipy import signal
#
# import pandas as pd
#
# sos = signal.butter(2, 0.1, fs=1.0, output="sos")
# smoothed = pd.DataFrame(signal.sosfiltfilt(sos, sensor.to_numpy()), index=sensor.index, columns=sensor.columns)
# ```
#
# ```text
# ValueError: The length of the input vector x must be greater than padlen, which is 9.
# ```
#
# Fix it."""
# prompt = """
# I have daily readings in `sensor`, one column per channel, and want to smooth each channel with \
# a 2nd-order Butterworth low-pass at 0.1 cycles per day, forward-backward so nothing shifts. The \
# result should go in `smoothed`, a DataFrame with the same index and columns:
#
# ```python
# from scipy import signal
#
# import pandas as pd
#
# sos = signal.butter(2, 0.1, fs=1.0, output="sos")
# smoothed = pd.DataFrame(signal.sosfiltfilt(sos, sensor.to_numpy()), index=sensor.index, columns=sensor.columns)
# ```
#
# This fails with
#
# ```text
# ValueError: The length of the input vector x must be greater than padlen, which is 9.
# ```
#
# but I have 90 days of data, far more than 9. Why?"""
# task_type = 'fix'
# domain = 'signal_processing'
# libraries = ['scipy.signal', 'pandas']
# inputs = { sensor = 'sensor' }
# checks = [
#     'isinstance(smoothed, pd.DataFrame) and smoothed.index.equals(sensor.index) and list(smoothed.columns) == list(sensor.columns)',
#     # each column filtered on its own, forward and backward
#     'all(np.allclose(smoothed[name].to_numpy(), scipy.signal.sosfiltfilt(scipy.signal.butter(2, 0.1, fs=1.0, output="sos"), sensor[name].to_numpy()), rtol=1e-9, atol=1e-9 * np.abs(sensor[name].to_numpy()).max()) for name in sensor.columns)',
# ]
# difficulty = 'intermediate'
# tags = ['debugging', 'filtering', 'lowpass', 'smoothing', 'time-series']
# [edge_cases]
# min_size = 10
# why = 'the zero-phase filter pads each end of a channel with 9 samples, so a channel needs at least 10 days'
# ///
import pandas as pd
from scipy import signal

sos = signal.butter(2, 0.1, fs=1.0, output="sos")
# rows are days and columns are channels: filter along axis 0, not the default last axis
smoothed = pd.DataFrame(
    signal.sosfiltfilt(sos, sensor.to_numpy(), axis=0), index=sensor.index, columns=sensor.columns
)
