import matplotlib.pyplot as plt
import numpy as np

values, frequency = np.unique(event_counts, return_counts=True)
heights = np.zeros(values.max() - values.min() + 1, dtype=int)
heights[values - values.min()] = frequency
fig, ax = plt.subplots()
# a bar per value, also for values that never occur
ax.bar(np.arange(values.min(), values.max() + 1), heights, width=1.0, edgecolor="white")
ax.set_xlabel("events per hour")
ax.set_ylabel("hours")
ax.set_title("Hourly event counts")
