import matplotlib.pyplot as plt
import seaborn as sns

fig, ax = plt.subplots(figsize=(5, 3.5))
sns.lineplot(
    data=rm_long,
    x="time",
    y="score",
    hue="condition",
    estimator="mean",
    errorbar=("sd", 1),
    marker="o",
    ax=ax,
)
ax.set_xlabel("Time")
ax.set_ylabel("Score")
ax.set_title("Score by condition, mean ± SD")
