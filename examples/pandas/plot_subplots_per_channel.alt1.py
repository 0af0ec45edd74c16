import matplotlib.pyplot as plt

fig, axes = plt.subplots(nrows=3, ncols=1, sharex=True, figsize=(8, 7))
for ax, column in zip(axes, ["sensor_a", "sensor_b", "sensor_c"], strict=True):
    sensor[column].plot(ax=ax)
    ax.set_title(column)
fig.suptitle("Three sensor channels")
fig.tight_layout()
