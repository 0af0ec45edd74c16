# /// example
# task = """
# Track the running record high of `sensor_c` in `sensor` with an expanding maximum \
# (`running_max`) and the drawdown below that record (`drawdown`, reading minus running record, \
# always <= 0)."""
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = { sensor = 'sensor' }
# checks = [
#     'np.allclose(running_max, np.maximum.accumulate(sensor["sensor_c"].to_numpy()))',
#     '(drawdown <= 0).all()',
#     'np.isclose(drawdown.min(), (sensor["sensor_c"] - sensor["sensor_c"].cummax()).min())',
# ]
# difficulty = 'intermediate'
# tags = ['expanding', 'time-series']
# edge_cases = true
# ///
running_max = sensor["sensor_c"].expanding().max()
drawdown = sensor["sensor_c"] - running_max
