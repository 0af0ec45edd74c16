import matplotlib.pyplot as plt

series = df["sensor_a"]
# a time-based window of 7 calendar days centred on each date; min_periods=7 leaves the
# incomplete windows at both ends undefined (NaN)
rolling = series.rolling("7D", center=True, min_periods=7)
rolling_mean = rolling.mean()
rolling_sd = rolling.std()

fig, ax = plt.subplots(figsize=(9, 4))
ax.plot(series.index, series.to_numpy(), color="gray", linewidth=0.8, label="daily")
ax.plot(rolling_mean.index, rolling_mean.to_numpy(), color="tab:green", label="7-day mean")
ax.fill_between(
    rolling_mean.index,
    (rolling_mean - rolling_sd).to_numpy(),
    (rolling_mean + rolling_sd).to_numpy(),
    color="tab:green",
    alpha=0.25,
    label="±1 SD",
)
ax.set(xlabel="Date", ylabel="sensor_a", title="Daily sensor_a with 7-day rolling mean")
ax.legend()
