smoothed = weather[["temperature"]].rename(columns={"temperature": "daily"})
smoothed["7-day mean"] = smoothed["daily"].rolling(window=7, center=True, min_periods=7).mean()

ax = smoothed.plot(figsize=(9, 4), style=["-", "--"])
fig = ax.figure
ax.set_xlabel("date")
ax.set_ylabel("temperature")
ax.set_title("Temperature with a 7-day rolling mean")
