# /// example
# task = """
# Accumulate `sensor_a` of `sensor` (daily DatetimeIndex) within each calendar month (the total \
# restarts every month) and keep only the rows that fall on the last day of a month, using the \
# index's month-end flag. Store the month-end totals in `month_end_totals`, a Series indexed by \
# those dates."""
# prompt = """
# I'd like the month-to-date sum of `sensor_a` in my daily `sensor` data, restarting each month, \
# but reported only on the month-end days (the last calendar day of each month present), as \
# `month_end_totals` indexed by date."""
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = { sensor = 'sensor' }
# checks = [
#     'all((day + pd.Timedelta(days=1)).day == 1 for day in month_end_totals.index) and list(month_end_totals.index) == [day for day in sensor.index if (day + pd.Timedelta(days=1)).day == 1]',
#     'np.allclose(np.asarray(month_end_totals, dtype=float), [sensor.loc[(sensor.index.year == day.year) & (sensor.index.month == day.month) & (sensor.index <= day), "sensor_a"].sum() for day in month_end_totals.index])',
# ]
# difficulty = 'basic'
# tags = ['groupby', 'datetime', 'time-series']
# edge_cases = true
# ///
month = sensor.index.to_period("M")
month_to_date = sensor["sensor_a"].groupby(month).cumsum()
# is_month_end is True on the last calendar day of each month
month_end_totals = month_to_date[sensor.index.is_month_end]
