# /// example
# task = """
# The event log `events` has a `timestamp` column. Find the typical time of day of the events \
# as a circular mean on the 24-hour clock (so 23:00 and 01:00 average to midnight, not noon): \
# convert each timestamp to fractional hours (hour + minute / 60 + second / 3600) and store \
# the circular mean hour (in [0, 24)) in `mean_hour` and the circular standard deviation in \
# hours in `spread_hours`."""
# prompt = """
# When during the day are users active in `events` (`timestamp`)? A plain mean of the hours \
# breaks around midnight, so I want the circular mean on a 24 h clock of the fractional hour of \
# each event (`mean_hour`, between 0 and 24) and the circular standard deviation in hours \
# (`spread_hours`)."""
# domain = 'statistics'
# libraries = ['scipy.stats', 'pandas', 'numpy']
# inputs = { events = 'events' }
# checks = [
#     '0 <= mean_hour < 24',
#     # the angle of the mean unit vector of the hours, mapped back onto the clock (compared modulo 24 h)
#     'abs((mean_hour - 24 / (2 * np.pi) * np.arctan2(np.mean(np.sin(2 * np.pi * (events["timestamp"].dt.hour + events["timestamp"].dt.minute / 60 + events["timestamp"].dt.second / 3600) / 24)), np.mean(np.cos(2 * np.pi * (events["timestamp"].dt.hour + events["timestamp"].dt.minute / 60 + events["timestamp"].dt.second / 3600) / 24))) + 12) % 24 - 12) < 1e-6',
#     'np.isclose(spread_hours, scipy.stats.circstd((events["timestamp"].dt.hour + events["timestamp"].dt.minute / 60 + events["timestamp"].dt.second / 3600).to_numpy(), high=24, low=0), atol=1e-9)',
# ]
# difficulty = 'intermediate'
# tags = ['descriptive-statistics', 'datetime']
# edge_cases = true
# ///
from scipy import stats

ts = events["timestamp"]
hours = (ts.dt.hour + ts.dt.minute / 60 + ts.dt.second / 3600).to_numpy()
# high=24 wraps the scale so that 24:00 is the same point as 0:00
mean_hour = stats.circmean(hours, high=24, low=0)
spread_hours = stats.circstd(hours, high=24, low=0)
