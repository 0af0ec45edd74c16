import matplotlib.pyplot as plt
import pandas as pd

temps = df["temperature"]
threshold = temps.quantile(0.9)

# group by calendar month: a monthly Period knows its own start timestamp
monthly_mean = temps.groupby(temps.index.to_period("M")).mean()
warmest_period = monthly_mean.idxmax()
warmest_month = warmest_period.start_time
month_end = warmest_month + pd.offsets.MonthBegin(1)

fig = plt.figure(figsize=(9, 4))
plt.plot(temps.index, temps.to_numpy(), color="tab:blue", linewidth=1, label="temperature")
plt.axhline(threshold, color="tab:red", linestyle="--", label="90th percentile")
plt.axvspan(warmest_month, month_end, color="orange", alpha=0.3, label="warmest month")
plt.xlabel("Date")
plt.ylabel("Temperature (°C)")
plt.title("Daily temperature with 90th percentile and warmest month")
plt.legend()
