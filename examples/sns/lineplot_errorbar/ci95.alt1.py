import matplotlib.pyplot as plt
import seaborn as sns

monthly = weather.copy()
monthly["month"] = monthly.index.month

fig, ax = plt.subplots()
sns.lineplot(
    x=monthly["month"],
    y=monthly["temperature"],
    estimator="mean",
    errorbar=("ci", 95),
    seed=0,
    marker="o",
    ax=ax,
)
ax.set_xlabel("Month")
ax.set_ylabel("Temperature (°C)")
ax.set_title("Mean monthly temperature (95% CI)")
