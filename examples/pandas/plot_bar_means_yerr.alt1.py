import matplotlib.pyplot as plt

summary = measurements.agg(["mean", "std"])
means, spreads = summary.loc["mean"], summary.loc["std"]

fig, ax = plt.subplots()
means.plot(kind="bar", yerr=spreads, ax=ax, rot=0, color="tab:blue", capsize=3)
ax.set(ylabel="mean", title="Column means with 1 SD error bars")
