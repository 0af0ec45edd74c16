import matplotlib.pyplot as plt

fig, ax = plt.subplots(figsize=(9, 4))
(temp_line,) = ax.plot(weather.index, weather["temperature"], color="tab:red", label="temperature")
ax.set_xlabel("date")
ax.set_ylabel("temperature (deg C)")
ax.set_title("Temperature and rainfall")
twin = ax.twinx()
(rain_line,) = twin.plot(
    weather.index,
    weather["rainfall"].rolling(30).mean(),
    color="tab:blue",
    label="rainfall (30-day mean)",
)
twin.set_ylabel("rainfall (mm)")
fig.legend(handles=[temp_line, rain_line], loc="upper left", bbox_to_anchor=(0.1, 0.88))
