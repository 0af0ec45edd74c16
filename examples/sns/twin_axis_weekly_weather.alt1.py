import matplotlib.pyplot as plt
import pandas as pd
import seaborn as sns

resampler = weather.resample("W")
weekly = pd.DataFrame(
    {"temperature": resampler["temperature"].mean(), "rainfall": resampler["rainfall"].sum()}
)

fig, ax = plt.subplots(figsize=(9, 4))
rain_ax = ax.twinx()
rain_ax.bar(
    weekly.index, weekly["rainfall"], width=5, color="tab:blue", alpha=0.4, label="Weekly rainfall"
)
sns.lineplot(
    x=weekly.index, y=weekly["temperature"], color="tab:red", label="Mean temperature", ax=ax
)
# draw the primary axes (the line) above the twin (the bars); its background must then be transparent
ax.set_zorder(rain_ax.get_zorder() + 1)
ax.patch.set_visible(False)

ax.set_xlabel("Week")
ax.set_ylabel("Temperature (°C)")
rain_ax.set_ylabel("Rainfall (mm/week)")
ax.set_title("Weekly temperature and rainfall")
line_handles, line_labels = ax.get_legend_handles_labels()
bar_handles, bar_labels = rain_ax.get_legend_handles_labels()
ax.legend(line_handles + bar_handles, line_labels + bar_labels, loc="upper left")
