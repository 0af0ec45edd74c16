import matplotlib.pyplot as plt

temperature = df["temperature"]
anomaly = temperature - temperature.mean()
dates = anomaly.index
values = anomaly.to_numpy()

fig, ax = plt.subplots(figsize=(9, 4))
ax.plot(dates, values, color="black", linewidth=0.7)
# interpolate=True closes each filled region exactly where the curve crosses zero
ax.fill_between(
    dates, values, 0, where=values > 0, interpolate=True, color="red", alpha=0.5, label="above mean"
)
ax.fill_between(
    dates,
    values,
    0,
    where=values < 0,
    interpolate=True,
    color="blue",
    alpha=0.5,
    label="below mean",
)
ax.axhline(0, color="gray", linewidth=0.5)
ax.set_xlabel("Date")
ax.set_ylabel("Temperature anomaly (°C)")
ax.set_title("Daily temperature anomaly")
ax.legend()
