import matplotlib.pyplot as plt

fig, ax = plt.subplots()
# density=True normalises each arm's histogram by that arm's own count
for arm, group in trial.groupby("treatment", observed=True):
    ax.hist(group["response"], bins="auto", density=True, alpha=0.5, label=str(arm))
ax.set_xlabel("response")
ax.set_ylabel("density")
ax.set_title("Response by treatment")
ax.legend(title="treatment")
