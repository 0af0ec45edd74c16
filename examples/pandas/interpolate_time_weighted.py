# /// example
# task = """
# `sensor` was only read Monday to Thursday; keep those rows plus the first and last reading in \
# `observed`, reindex them onto the full daily index of `sensor` and fill the gaps by \
# time-weighted interpolation (`interpolate(method="time")`); store the result in `filled`."""
# prompt = """
# Pretend `sensor` was only read Monday to Thursday: keep those rows plus the very first and last \
# readings in `observed`, reindex them onto the full daily index of `sensor`, and fill the gaps \
# by time-weighted interpolation. Store the result in `filled`."""
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = { sensor = 'sensor' }
# checks = [
#     'filled.notna().all().all()',
#     'filled.index.equals(sensor.index)',
#     'np.allclose(filled.loc[observed.index], observed)',
#     'np.allclose(filled["sensor_a"], np.interp(sensor.index.asi8, observed.index.asi8, observed["sensor_a"]))',
#     # Monday to Thursday are day_of_week 0 to 3, plus the first and the last row
#     'observed.index.equals(sensor.index[(sensor.index.day_of_week < 4) | sensor.index.isin(sensor.index[[0, -1]])])',
# ]
# difficulty = 'advanced'
# tags = ['interpolation', 'missing-data', 'time-series']
# edge_cases = true
# ///
weekday_reading = sensor.index.day_of_week < 4
ends = sensor.index.isin(sensor.index[[0, -1]])
observed = sensor[weekday_reading | ends]
# method="time" weights by the distance between dates, not row positions; it needs a
# DatetimeIndex
filled = observed.reindex(sensor.index).interpolate(method="time")
