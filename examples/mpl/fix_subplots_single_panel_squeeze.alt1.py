import matplotlib.pyplot as plt
import numpy as np

channels = ["sensor_b"]
fig, axes = plt.subplots(len(channels), 1, sharex=True)
axes = np.atleast_1d(axes)
for ax, channel in zip(axes, channels, strict=True):
    ax.plot(sensor.index, sensor[channel].to_numpy())
    ax.set_title(channel)
    ax.set_ylabel("reading")
axes[-1].set_xlabel("date")
