import matplotlib.pyplot as plt
import numpy as np

table = rm_long.groupby(["condition", "time"], observed=True)["score"].mean().unstack("time")
n_times = table.shape[1]
bar_width = 0.8 / n_times
centres = np.arange(table.shape[0])

fig, ax = plt.subplots()
for k, time in enumerate(table.columns):
    offset = (k - (n_times - 1) / 2) * bar_width
    ax.bar(centres + offset, table[time].to_numpy(), width=bar_width, label=f"time {time}")
ax.set_xticks(centres)
ax.set_xticklabels([str(label) for label in table.index])
ax.set_xlabel("condition")
ax.set_ylabel("mean score")
ax.set_title("Score by condition and time")
ax.legend(title="time")
