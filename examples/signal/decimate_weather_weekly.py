# /// example
# task = """
# Reduce the daily `temperature` column of `weather` to one value per week with `decimate`: \
# downsample by 7 with its FIR anti-aliasing filter (zero phase). Store the result in `weekly`, a \
# Series indexed by every 7th date of `weather` starting with the first."""
# prompt = """
# I'd like a weekly version of the daily `temperature` in `weather`, but properly low-passed \
# before throwing samples away, not just every 7th value. Use decimate by 7 with the FIR filter, \
# and return a Series `weekly` indexed by every 7th date from the first one."""
# domain = 'signal_processing'
# libraries = ['scipy.signal', 'pandas']
# inputs = { weather = 'weather' }
# checks = [
#     'isinstance(weekly, pd.Series) and weekly.index.equals(weather.index[::7])',
#     'np.allclose(weekly.to_numpy(dtype=float), scipy.signal.decimate(weather["temperature"].to_numpy(dtype=float), 7, ftype="fir"), atol=1e-9 * (1 + np.abs(weather["temperature"].to_numpy()).max()))',
# ]
# difficulty = 'basic'
# tags = ['resampling', 'time-series']
# edge_cases = true
# ///
import pandas as pd
from scipy import signal

daily = weather["temperature"].to_numpy(dtype=float)
# ftype="fir" low-passes with a linear-phase FIR and keeps every 7th filtered sample
weekly_values = signal.decimate(daily, 7, ftype="fir")
weekly = pd.Series(weekly_values, index=weather.index[::7], name="temperature")
