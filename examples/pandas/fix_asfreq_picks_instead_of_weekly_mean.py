# /// example
# task = """
# `weekly_temp` should hold the mean `temperature` of `weather` (daily DatetimeIndex) over each \
# week ending on Sunday, labelled by that Sunday. This code runs, but every value is a single \
# day's temperature and weeks at the edges of the data are missing:
#
# ```python
# weekly_temp = weather["temperature"].asfreq("W")
# ```
#
# Fix it."""
# prompt = """
# I need weekly average temperatures (weeks ending Sunday, labelled by the Sunday) from my daily \
# `weather` data, as `weekly_temp`. I used
#
# ```python
# weekly_temp = weather["temperature"].asfreq("W")
# ```
#
# but the numbers are just the Sunday readings, not averages, and the partial weeks at the start \
# and end are gone."""
# task_type = 'fix'
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = { weather = 'weather' }
# checks = [
#     'all(pd.Timestamp(week).day_name() == "Sunday" for week in weekly_temp.index) and len(weekly_temp) == len({(day + pd.Timedelta(days=6 - day.day_of_week)) for day in weather.index})',
#     'all(np.isclose(weekly_temp[week], weather.loc[(weather.index > week - pd.Timedelta(days=7)) & (weather.index <= week), "temperature"].mean()) for week in weekly_temp.index)',
# ]
# difficulty = 'basic'
# tags = ['debugging', 'resampling', 'aggregation', 'time-series']
# edge_cases = true
# ///
# asfreq only picks the value on each Sunday; resample groups all days of a week and averages them
weekly_temp = weather["temperature"].resample("W").mean()
