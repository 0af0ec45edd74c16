import matplotlib.pyplot as plt

fig = plt.figure(figsize=(9, 6), layout="constrained")
grid = fig.add_gridspec(2, 2)
panels = {
    "sensor_a": fig.add_subplot(grid[0, :]),
    "sensor_b": fig.add_subplot(grid[1, 0]),
    "sensor_c": fig.add_subplot(grid[1, 1]),
}
for channel, panel in panels.items():
    panel.plot(sensor.index, sensor[channel])
    panel.set_title(channel)
    panel.set_ylabel("reading")
