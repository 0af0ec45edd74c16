# /// example
# task = """
# Compute the month-to-date cumulative `rainfall` of `weather` (restarting on the first day of \
# each month) by grouping on the index's year and month and taking `cumsum`; store the Series in \
# `month_to_date`."""
# prompt = """
# I want the month-to-date cumulative `rainfall` for `weather`, restarting on the first day of \
# each month (group by the index's year and month and take a cumulative sum), as a Series \
# `month_to_date` on the same index."""
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = { weather = 'weather' }
# checks = [
#     'month_to_date.index.equals(weather.index)',
#     'np.allclose(month_to_date[weather.index.is_month_end | (weather.index == weather.index[-1])], weather["rainfall"].resample("MS").sum())',
#     '(month_to_date[weather.index.day == 1] == weather["rainfall"][weather.index.day == 1]).all()',
# ]
# difficulty = 'intermediate'
# tags = ['groupby', 'aggregation', 'time-series']
# edge_cases = true
# ///
# grouping by year and month restarts the sum each month; month alone would merge the same
# month of different years
month_to_date = weather["rainfall"].groupby([weather.index.year, weather.index.month]).cumsum()
