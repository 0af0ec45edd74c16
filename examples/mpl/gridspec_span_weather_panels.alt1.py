import matplotlib.pyplot as plt

fig, axd = plt.subplot_mosaic(
    [["line", "line"], ["temp", "rain"]],
    height_ratios=[2, 1],
    figsize=(9, 6),
    layout="constrained",
)
axd["line"].plot(weather.index, weather["temperature"], color="tab:red")
axd["line"].set_title("Temperature over the year")
axd["line"].set_xlabel("date")
axd["line"].set_ylabel("deg C")

for key, column, unit in [("temp", "temperature", "deg C"), ("rain", "rainfall", "mm")]:
    axd[key].hist(weather[column].dropna(), bins=20, color="0.5")
    axd[key].set_title(f"{column.capitalize()} histogram")
    axd[key].set_xlabel(unit)
    axd[key].set_ylabel("number of days")
