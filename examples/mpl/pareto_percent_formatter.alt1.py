import matplotlib.pyplot as plt
import matplotlib.ticker as mtick
import numpy as np

values, counts = np.unique(event_counts, return_counts=True)
order = np.argsort(-counts, kind="stable")
values, counts = values[order], counts[order]
x = np.arange(values.size)

fig, ax = plt.subplots(figsize=(8, 4))
ax.bar(x, counts)
ax.set_xticks(x)
ax.set_xticklabels([str(v) for v in values])
ax.set(xlabel="count value", ylabel="frequency", title="Pareto chart")

ax_share = ax.twinx()
ax_share.plot(x, 100 * np.cumsum(counts) / counts.sum(), "o-", color="black")
ax_share.yaxis.set_major_formatter(mtick.PercentFormatter())
ax_share.set_ylabel("cumulative percent")
