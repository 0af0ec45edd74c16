# /// example
# task = """
# This code should total the daily `rainfall` of `weather` per calendar month, labelled by the last \
# day of each month, in `monthly_rain`, but on a current pandas it raises an error:
#
# ```python
# monthly_rain = weather["rainfall"].resample("M").sum()
# ```
#
# ```text
# ValueError: Invalid frequency: M. Failed to parse with error message: ValueError("'M' is no longer supported for offsets. Please use 'ME' instead.")
# ```
#
# Fix it."""
# prompt = """
# I have daily weather data in `weather` and want the total `rainfall` for each month, labelled by \
# the month's last day, in `monthly_rain`. This used to work:
#
# ```python
# monthly_rain = weather["rainfall"].resample("M").sum()
# ```
#
# but after upgrading pandas I get
#
# ```text
# ValueError: Invalid frequency: M. Failed to parse with error message: ValueError("'M' is no longer supported for offsets. Please use 'ME' instead.")
# ```
#
# How do I fix it?"""
# task_type = 'fix'
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = { weather = 'weather' }
# checks = [
#     'isinstance(monthly_rain, pd.Series)',
#     'bool(monthly_rain.index.is_month_end.all())',
#     'list(monthly_rain.index.to_period("M")) == sorted(set(weather.index.to_period("M")))',
#     'np.allclose(monthly_rain.to_numpy(), [weather["rainfall"][weather.index.to_period("M") == month].sum() for month in monthly_rain.index.to_period("M")])',
# ]
# difficulty = 'basic'
# tags = ['debugging', 'resampling', 'time-series', 'aggregation']
# requires = { pandas = ">=2.2" }
# edge_cases = true
# ///
# pandas 2.2 renamed the month-end alias "M" to "ME", and pandas 3 no longer accepts "M"
monthly_rain = weather["rainfall"].resample("ME").sum()
