import matplotlib.pyplot as plt
import seaborn as sns

fig, ax = plt.subplots(figsize=(6, 4))
sns.pointplot(
    data=rm_long,
    x="time",
    y="score",
    hue="condition",
    errorbar=("ci", 95),
    seed=0,
    capsize=0.15,
    dodge=0.4,
    markers=["o", "s", "^"],
    linestyles=["-", "--", "-."],
    ax=ax,
)
ax.set_xlabel("Time")
ax.set_ylabel("Mean score")
ax.set_title("Mean score per time point and condition")
