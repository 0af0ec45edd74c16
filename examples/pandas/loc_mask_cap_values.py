# /// example
# task = """
# Make a copy `capped` of the sensor readings `sensor` in which every `sensor_a` value above 20 is \
# set to 20 (the channel saturates there), using one `capped.loc[mask, "sensor_a"] = ...` \
# assignment (chained indexing such as `capped["sensor_a"][mask] = 20` silently does nothing \
# under Copy-on-Write)."""
# prompt = """
# My `sensor_a` channel saturates at 20, so make a copy `capped` of the readings `sensor` in which \
# every `sensor_a` value above 20 is set to 20, using a single `.loc` assignment with a boolean \
# mask; I know chained indexing like capped["sensor_a"][mask] = 20 silently does nothing under \
# Copy-on-Write."""
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = { sensor = 'sensor' }
# checks = [
#     'np.allclose(capped["sensor_a"], np.minimum(sensor["sensor_a"], 20), equal_nan=True)',
#     'capped["sensor_a"].max() <= 20',
#     'capped.drop(columns="sensor_a").equals(sensor.drop(columns="sensor_a"))',
#     # `capped` is a copy: the readings themselves keep their values above 20
#     'sensor.equals(input_as_given("sensor"))',
# ]
# difficulty = 'basic'
# tags = ['indexing', 'copy-on-write']
# edge_cases = true
# ///
capped = sensor.copy()
# a missing reading compares False with 20 and stays missing; one .loc call writes into capped
capped.loc[capped["sensor_a"] > 20, "sensor_a"] = 20.0
