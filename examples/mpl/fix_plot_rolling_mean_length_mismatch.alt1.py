import matplotlib.pyplot as plt

fig, ax = plt.subplots(figsize=(8, 4))
temperature = weather["temperature"]
ax.plot(temperature.index, temperature.to_numpy(), color="0.6", label="daily")
# keep the full-length rolling mean: its first six NaN values are simply not drawn
ax.plot(
    temperature.index,
    temperature.rolling(window=7).mean().to_numpy(),
    color="C3",
    label="7-day mean",
)
ax.set_xlabel("date")
ax.set_ylabel("temperature (deg C)")
ax.set_title("Daily temperature and weekly mean")
ax.legend()
