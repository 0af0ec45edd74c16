# /// example
# task = """
# Total the daily `rainfall` of `weather` per week (weeks end on Sunday) with \
# `resample("W").sum()`; store the Series in `rain_totals`."""
# prompt = """
# I need weekly rainfall totals from the daily `weather` table: sum `rainfall` per week with \
# weeks ending on Sunday (and labelled by that Sunday, "W"), stored as a Series in `rain_totals`."""
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = { weather = 'weather' }
# checks = [
#     'np.isclose(rain_totals.sum(), weather["rainfall"].sum())',
#     'len(rain_totals) == weather.index.to_period("W").nunique()',
#     '(rain_totals.index.day_name() == "Sunday").all()',
#     'rain_totals.index.is_monotonic_increasing',
# ]
# difficulty = 'basic'
# tags = ['resampling', 'time-series', 'parameter-choice']
# family = 'pandas.resample_rainfall_total'
# edge_cases = true
# ///
# "W" is "W-SUN": each total covers Monday to Sunday and is labelled with the Sunday
rain_totals = weather["rainfall"].resample("W").sum()
