import matplotlib.pyplot as plt

daily = df["sensor_a"]
# a 7-observation window centred on each day (NaN where the window is incomplete)
window = daily.rolling(window=7, center=True)
rolling_mean = window.mean()
rolling_std = window.std()

fig = plt.figure(figsize=(9, 4))
plt.plot(daily.index, daily, color="gray", linewidth=0.8, label="daily")
plt.plot(rolling_mean.index, rolling_mean, color="tab:blue", linewidth=2, label="7-day mean")
plt.fill_between(
    rolling_mean.index,
    rolling_mean - rolling_std,
    rolling_mean + rolling_std,
    color="tab:blue",
    alpha=0.2,
    label="±1 SD",
)
plt.xlabel("Date")
plt.ylabel("sensor_a")
plt.title("sensor_a with its 7-day rolling mean")
plt.legend()
