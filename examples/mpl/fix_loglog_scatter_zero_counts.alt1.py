import matplotlib.pyplot as plt

means = expression.assign(
    control=expression.filter(regex=r"^ctrl_\d$").mean(axis=1) + 1,
    treated=expression.filter(regex=r"^treat_\d$").mean(axis=1) + 1,
)
fig, ax = plt.subplots()
means.plot.scatter(x="control", y="treated", s=8, alpha=0.6, logx=True, logy=True, ax=ax)
ax.set_xlabel("mean control count + 1")
ax.set_ylabel("mean treated count + 1")
ax.set_title("Treated vs control")
