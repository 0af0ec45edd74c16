import matplotlib.pyplot as plt
import pandas as pd

weekly_rain = df["rainfall"].groupby(pd.Grouper(freq="W")).sum()

fig, ax = plt.subplots(figsize=(9, 4))
ax_rain = ax.twinx()
ax_rain.bar(weekly_rain.index, weekly_rain.to_numpy(), width=5, color="tab:blue", alpha=0.5)
ax.plot(df.index, df["temperature"], color="tab:red", linewidth=1)
# raise the temperature axes above the twin and make its background see-through
ax.set_zorder(ax_rain.get_zorder() + 1)
ax.patch.set_visible(False)

ax.set_ylabel("Temperature (°C)", color="tab:red")
ax_rain.set_ylabel("Weekly rainfall (mm)", color="tab:blue")
ax.set_xlabel("Date")
ax.set_title("Daily temperature and weekly rainfall")
