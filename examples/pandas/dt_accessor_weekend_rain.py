# /// example
# task = """
# Turn the DatetimeIndex of `weather` into a `date` column (`reset_index`) in `days`, derive \
# `month` (`dt.month`) and a boolean `weekend` (`dt.day_of_week >= 5`) with the `dt` accessor, \
# and compute the mean `rainfall` per month for weekdays and weekends into `weekend_rain` (months \
# as rows, always both `False` and `True` as columns, NaN where a month has no such days)."""
# prompt = """
# Move the DatetimeIndex of `weather` into a `date` column of a new frame `days`, derive `month` \
# and a boolean `weekend` (Saturday or Sunday) from it, and compute the mean `rainfall` per month \
# for weekdays versus weekends into `weekend_rain`: months as rows in increasing order, and \
# always both columns `False` and `True` in that order, with NaN where a month has no such days."""
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = { weather = 'weather' }
# checks = [
#     'len(weekend_rain) == weather.index.month.nunique()',
#     'list(weekend_rain.columns) == [False, True]',
#     'np.isclose(weekend_rain.loc[weather.index[0].month, False], weather.loc[(weather.index.month == weather.index[0].month) & (weather.index.day_of_week < 5), "rainfall"].mean(), equal_nan=True)',
#     'weekend_rain.index.is_monotonic_increasing',
# ]
# difficulty = 'intermediate'
# tags = ['datetime', 'groupby']
# edge_cases = true
# ///
days = weather.reset_index()
days["month"] = days["date"].dt.month
days["weekend"] = days["date"].dt.day_of_week >= 5
weekend_rain = (
    days.groupby(["month", "weekend"])["rainfall"]
    .mean()
    .unstack("weekend")
    # unstack only makes columns for the values present: a span of weekend days alone
    # would have no False column
    .reindex(columns=[False, True])
)
