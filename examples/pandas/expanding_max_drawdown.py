# /// example
# task = """
# Track the running record high of `sensor_c` in `sensor` with an expanding maximum \
# (`running_max`) and the drawdown below that record (`drawdown`, reading minus running record, \
# always <= 0)."""
# prompt = """
# For the `sensor_c` channel of `sensor`, track the running record high (an expanding maximum) in \
# `running_max`, and the drawdown below that record in `drawdown`, i.e. the reading minus the \
# running record, which is always <= 0."""
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = { sensor = 'sensor' }
# checks = [
#     'np.allclose(running_max, np.maximum.accumulate(sensor["sensor_c"].to_numpy()))',
#     '(drawdown <= 0).all()',
#     'np.isclose(drawdown.min(), (sensor["sensor_c"] - sensor["sensor_c"].cummax()).min())',
# ]
# difficulty = 'intermediate'
# tags = ['rolling-window', 'time-series']
# edge_cases = true
# ///
# the expanding maximum is the highest reading up to and including each day, so drawdown is <= 0
running_max = sensor["sensor_c"].expanding().max()
drawdown = sensor["sensor_c"] - running_max
