# /// example
# task = """
# Find the heavy-rain days in the daily `rainfall` column of `weather`: peaks of at least 10 mm \
# that are at least 7 days apart (the larger peak wins when two are closer). Store the dates of \
# these days in `storm_dates` (a DatetimeIndex) and their rainfall in `storm_rain` (a Series \
# indexed by those dates)."""
# prompt = """
# I want the storm days from my daily `weather` data: local peaks of `rainfall` of 10 mm or more, \
# keeping only the biggest one within any 7-day stretch. Give me their dates as `storm_dates` and \
# the rain amounts as a Series `storm_rain` indexed by date."""
# domain = 'signal_processing'
# libraries = ['scipy.signal', 'pandas']
# inputs = { weather = 'weather' }
# checks = [
#     'isinstance(storm_dates, pd.DatetimeIndex) and storm_dates.equals(weather.index[scipy.signal.find_peaks(weather["rainfall"].to_numpy(), height=10, distance=7)[0]])',
#     'isinstance(storm_rain, pd.Series) and storm_rain.index.equals(storm_dates) and np.allclose(storm_rain.to_numpy(dtype=float), weather["rainfall"].to_numpy()[scipy.signal.find_peaks(weather["rainfall"].to_numpy(), height=10, distance=7)[0]])',
#     'bool((storm_rain >= 10).all())',
# ]
# difficulty = 'basic'
# tags = ['peak-detection', 'time-series']
# edge_cases = true
# ///
from scipy import signal

rain = weather["rainfall"]
# height is the minimum peak value; distance the minimum spacing in samples (days here)
peaks, _ = signal.find_peaks(rain.to_numpy(), height=10, distance=7)
storm_rain = rain.iloc[peaks]
storm_dates = storm_rain.index
