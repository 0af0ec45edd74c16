import matplotlib.pyplot as plt
import seaborn as sns

# pivot_table builds the month x weekday grid directly, ready for heatmap
means = weather.pivot_table(
    index=weather.index.month,
    columns=weather.index.day_of_week,
    values="temperature",
    aggfunc="mean",
)
fig, ax = plt.subplots(figsize=(5, 4))
sns.heatmap(means, cmap="coolwarm", ax=ax)
ax.set(xlabel="weekday", ylabel="month")
