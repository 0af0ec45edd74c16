import matplotlib.pyplot as plt
import numpy as np
from scipy import stats

series = weather["temperature"]
days = np.arange(len(series))

trend = stats.theilslopes(series.to_numpy(), days, alpha=0.95)
# Mann-Kendall trend test = Kendall's tau between time order and value
trend_test = stats.kendalltau(days, series.to_numpy())

fig, ax = plt.subplots(figsize=(9, 4))
series.plot(ax=ax, color="0.6", label="daily temperature")
ax.plot(
    series.index,
    trend.intercept + trend.slope * days,
    color="tab:red",
    label=f"Theil-Sen trend, slope {trend.slope:.4f}/day",
)
ax.set_xlabel("date")
ax.set_ylabel("temperature")
ax.legend()
