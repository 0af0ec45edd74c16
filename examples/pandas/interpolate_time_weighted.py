# /// example
# task = """
# `sensor` was only read Monday to Thursday; keep those rows plus the first and last reading in \
# `observed`, reindex them onto the full daily index of `sensor` and fill the gaps by \
# time-weighted interpolation (`interpolate(method="time")`); store the result in `filled`."""
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = { sensor = 'sensor' }
# checks = [
#     'filled.notna().all().all()',
#     'filled.index.equals(sensor.index)',
#     'np.allclose(filled.loc[observed.index], observed)',
#     'np.allclose(filled["sensor_a"], np.interp(sensor.index.asi8, observed.index.asi8, observed["sensor_a"]))',
# ]
# difficulty = 'advanced'
# tags = ['interpolation', 'missing-data', 'time-series', 'error-handling']
# edge_cases = true
# ///
weekday_reading = sensor.index.day_of_week < 4
ends = sensor.index.isin(sensor.index[[0, -1]])
observed = sensor[weekday_reading | ends]
filled = observed.reindex(sensor.index).interpolate(method="time")
