# /// example
# task = """
# This code should find the warm spells in the daily `temperature` column of `weather` (peaks \
# with a prominence of at least 5 degrees) and store the peak temperatures, indexed by their \
# dates, in `peak_temps`, but it raises an error:
#
# ```python
# from scipy import signal
#
# peaks, _ = signal.find_peaks(weather["temperature"], prominence=5)
# peak_temps = weather["temperature"].loc[peaks]
# ```
#
# ```text
# KeyError: "None of [Index([75, 90, 112, 117, 155, 231, 303, 315, 324, 340, 357], dtype='int64', name='date')] are in the [index]"
# ```
#
# Fix it."""
# prompt = """
# I want the temperature peaks (prominence at least 5 degrees) of my daily `weather` data, as a \
# Series `peak_temps` with the dates as index:
#
# ```python
# from scipy import signal
#
# peaks, _ = signal.find_peaks(weather["temperature"], prominence=5)
# peak_temps = weather["temperature"].loc[peaks]
# ```
#
# ```text
# KeyError: "None of [Index([75, 90, 112, 117, 155, 231, 303, 315, 324, 340, 357], dtype='int64', name='date')] are in the [index]"
# ```"""
# task_type = 'fix'
# domain = 'signal_processing'
# libraries = ['scipy.signal', 'pandas']
# inputs = { weather = 'weather' }
# checks = [
#     'isinstance(peak_temps, pd.Series)',
#     'peak_temps.index.equals(weather.index[scipy.signal.find_peaks(weather["temperature"].to_numpy(), prominence=5)[0]])',
#     'np.allclose(peak_temps.to_numpy(dtype=float), weather["temperature"].to_numpy()[scipy.signal.find_peaks(weather["temperature"].to_numpy(), prominence=5)[0]])',
# ]
# difficulty = 'basic'
# tags = ['debugging', 'peak-detection', 'time-series', 'indexing']
# edge_cases = true
# ///
from scipy import signal

peaks, _ = signal.find_peaks(weather["temperature"], prominence=5)
# find_peaks returns positions (0, 1, 2, ...), not dates: select them with iloc
peak_temps = weather["temperature"].iloc[peaks]
