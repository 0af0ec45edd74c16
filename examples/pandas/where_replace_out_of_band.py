# /// example
# task = """
# Keep the `sensor_a` readings of `sensor` that lie within the channel's 10th-90th percentile \
# band (`Series.between`) and replace all others by the channel median with `Series.where(cond, \
# other)`; store the Series in `tamed`."""
# prompt = """
# Keep the `sensor_a` readings of `sensor` that lie within the channel's 10th-90th percentile \
# band (bounds inclusive) and replace all the others with the channel median, as a Series `tamed` \
# on the same index."""
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = { sensor = 'sensor' }
# checks = [
#     'tamed.index.equals(sensor.index)',
#     'tamed.between(sensor["sensor_a"].quantile(0.1), sensor["sensor_a"].quantile(0.9)).all()',
#     '(tamed != sensor["sensor_a"]).sum() == (~sensor["sensor_a"].between(sensor["sensor_a"].quantile(0.1), sensor["sensor_a"].quantile(0.9))).sum()',
#     '(tamed[tamed != sensor["sensor_a"]] == sensor["sensor_a"].median()).all()',
# ]
# difficulty = 'intermediate'
# tags = ['recoding', 'data-cleaning', 'outliers']
# edge_cases = true
# ///
reading = sensor["sensor_a"]
in_band = reading.between(reading.quantile(0.1), reading.quantile(0.9))
# where keeps the values where in_band is True and puts the median elsewhere (mask is the opposite)
tamed = reading.where(in_band, reading.median())
