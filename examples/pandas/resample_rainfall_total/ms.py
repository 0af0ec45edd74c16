# /// example
# task = """
# Total the daily `rainfall` of `weather` per calendar month (labelled by the month start) with \
# `resample("MS").sum()`; store the Series in `rain_totals`."""
# prompt = """
# What's the total `rainfall` in `weather` per calendar month? Sum the daily values per month, \
# labelled by the month start ("MS"), and store the Series in `rain_totals`."""
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = { weather = 'weather' }
# checks = [
#     'np.isclose(rain_totals.sum(), weather["rainfall"].sum())',
#     'len(rain_totals) == weather.index.to_period("M").nunique()',
#     '(rain_totals.index.day == 1).all()',
#     'rain_totals.index.is_monotonic_increasing',
# ]
# difficulty = 'basic'
# tags = ['resampling', 'time-series', 'parameter-choice']
# family = 'pandas.resample_rainfall_total'
# edge_cases = true
# ///
# "MS" labels each monthly total with the month's first day
rain_totals = weather["rainfall"].resample("MS").sum()
