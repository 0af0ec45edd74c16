import matplotlib.pyplot as plt

means = df.pivot_table(
    index="site", columns="treatment", values="response", aggfunc="mean", observed=True
)

fig, ax = plt.subplots(figsize=(7, 4))
# DataFrame.plot.bar puts one group per row and one bar per column
means.plot.bar(ax=ax, rot=0)
ax.legend(title="treatment")
ax.set_xlabel("Site")
ax.set_ylabel("Mean response")
ax.set_title("Mean response by site and treatment")
