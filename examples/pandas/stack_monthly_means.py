# /// example
# task = """
# Resample `sensor` to monthly means (month-start labels, `"MS"`) and `stack` the channels into \
# a tidy Series `monthly_long` with a two-level index (month, channel)."""
# prompt = """
# Resample `sensor` to monthly means labelled at the month start ("MS") and stack the channels \
# into a tidy Series `monthly_long` with a two-level (month, channel) index."""
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = { sensor = 'sensor' }
# checks = [
#     'monthly_long.index.nlevels == 2',
#     'len(monthly_long) == sensor.index.to_period("M").nunique() * sensor.shape[1]',
#     'np.isclose(monthly_long.xs("sensor_a", level=1).iloc[0], sensor["sensor_a"][sensor.index.to_period("M") == sensor.index[0].to_period("M")].mean())',
# ]
# difficulty = 'intermediate'
# tags = ['reshaping', 'resampling']
# edge_cases = true
# ///
monthly = sensor.resample("MS").mean()
# stack moves the channel columns into an inner index level: one value per (month, channel)
monthly_long = monthly.stack()
