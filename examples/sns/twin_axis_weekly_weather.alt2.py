import matplotlib.pyplot as plt
import seaborn as sns

weekly = weather.resample("W").agg({"temperature": "mean", "rainfall": "sum"})

fig, ax = plt.subplots(figsize=(9, 4), layout="constrained")
rain_ax = ax.twinx()
bars = rain_ax.bar(
    weekly.index, weekly["rainfall"], width=4, color="lightsteelblue", label="Weekly rainfall"
)
sns.lineplot(data=weekly, x=weekly.index, y="temperature", color="firebrick", legend=False, ax=ax)
line = ax.lines[0]
line.set_label("Mean temperature")
# the twin sits on top by default: lift the line's axes and clear its background
ax.set_zorder(rain_ax.get_zorder() + 1)
ax.set_facecolor("none")

ax.set(xlabel="Week", ylabel="Temperature (°C)", title="Weekly weather")
rain_ax.set_ylabel("Rainfall (mm/week)")
# one legend for both axes, placed on the figure
fig.legend(handles=[line, bars], loc="upper left", bbox_to_anchor=(0.08, 0.92))
