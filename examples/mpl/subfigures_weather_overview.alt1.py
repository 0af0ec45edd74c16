import matplotlib.pyplot as plt
import numpy as np

fig = plt.figure(layout="constrained", figsize=(10, 4))
left, right = fig.subfigures(nrows=1, ncols=2)

ax = left.add_subplot()
ax.plot(weather.index, weather["temperature"], color="tab:red")
ax.set(xlabel="date", ylabel="temperature (°C)")
left.suptitle("Time series")

axes = right.subplots(nrows=2)
for axis, column, unit in zip(axes, ["temperature", "rainfall"], ["°C", "mm"], strict=True):
    counts, edges = np.histogram(weather[column], bins=15)
    # bars from the left edge of each bin, as wide as the bin
    axis.bar(edges[:-1], counts, width=np.diff(edges), align="edge")
    axis.set(xlabel=f"{column} ({unit})", ylabel="days")
right.suptitle("Distributions")
