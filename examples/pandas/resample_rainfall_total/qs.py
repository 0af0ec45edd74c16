# /// example
# task = """
# Total the daily `rainfall` of `weather` per quarter (labelled by the quarter start) with \
# `resample("QS").sum()`; store the Series in `rain_totals`."""
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = { weather = 'weather' }
# checks = [
#     'np.isclose(rain_totals.sum(), weather["rainfall"].sum())',
#     'len(rain_totals) == weather.index.to_period("Q").nunique()',
#     'rain_totals.index.month.isin([1, 4, 7, 10]).all()',
#     'rain_totals.index.is_monotonic_increasing',
# ]
# difficulty = 'basic'
# tags = ['resample', 'time-series', 'parameter-tuning']
# family = 'pandas.resample_rainfall_total'
# edge_cases = true
# ///
rain_totals = weather["rainfall"].resample("QS").sum()
