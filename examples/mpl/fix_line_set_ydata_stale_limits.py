# /// example
# task = """
# This code reuses one line to show the `sensor_b` channel of `sensor` in degrees Fahrenheit \
# after first drawing `sensor_a` in Celsius. It runs, but the new curve is cut off: the y limits \
# of `ax` still fit the old data. Fix it so the view of `ax` (figure `fig`) covers the new \
# readings, keeping the line `line`:
#
# ```python
# import matplotlib.pyplot as plt
#
# fig, ax = plt.subplots()
# (line,) = ax.plot(sensor.index, sensor["sensor_a"])
# ax.set(xlabel="date", ylabel="reading")
# line.set_ydata(sensor["sensor_b"] * 9 / 5 + 32)
# ax.set_ylabel("sensor_b (deg F)")
# ```"""
# prompt = """
# I draw `sensor_a` from my `sensor` table, then swap the line's data for `sensor_b` converted \
# to Fahrenheit, but the y axis keeps the old range and the curve goes off the top of the plot:
#
# ```python
# import matplotlib.pyplot as plt
#
# fig, ax = plt.subplots()
# (line,) = ax.plot(sensor.index, sensor["sensor_a"])
# ax.set(xlabel="date", ylabel="reading")
# line.set_ydata(sensor["sensor_b"] * 9 / 5 + 32)
# ax.set_ylabel("sensor_b (deg F)")
# ```
#
# How do I get the axes `ax` of `fig` to rescale to the new data? Keep the `line`."""
# task_type = 'fix'
# domain = 'visualization'
# libraries = ['matplotlib', 'pandas']
# inputs = { sensor = 'sensor' }
# checks = [
#     'np.allclose(line.get_ydata(), sensor["sensor_b"].to_numpy() * 9 / 5 + 32, equal_nan=True) and line in ax.lines',
#     # the view covers every new reading
#     '(lambda lo, hi: pd.isna(lo) or (ax.get_ylim()[0] <= lo and hi <= ax.get_ylim()[1]))((sensor["sensor_b"] * 9 / 5 + 32).min(), (sensor["sensor_b"] * 9 / 5 + 32).max())',
#     'ax.get_ylabel() == "sensor_b (deg F)" and fig is ax.figure',
# ]
# difficulty = 'basic'
# tags = ['debugging', 'line-plot', 'time-series']
# edge_cases = true
# ///
import matplotlib.pyplot as plt

fig, ax = plt.subplots()
(line,) = ax.plot(sensor.index, sensor["sensor_a"])
ax.set(xlabel="date", ylabel="reading")
line.set_ydata(sensor["sensor_b"] * 9 / 5 + 32)
# set_ydata does not touch the data limits: recompute them, then rescale the view
ax.relim()
ax.autoscale_view()
ax.set_ylabel("sensor_b (deg F)")
