import matplotlib.pyplot as plt
import numpy as np
import scipy.stats as st

temps = weather["temperature"].to_numpy(dtype=float)
days = np.arange(temps.size)

trend = st.theilslopes(temps, days, alpha=0.95)
# Mann-Kendall: Kendall's tau of the values against time
trend_test = st.kendalltau(days, temps)

fig, ax = plt.subplots()
ax.plot(weather.index, temps, lw=0.8, label="daily temperature")
fitted = trend.intercept + trend.slope * days
ax.plot(weather.index, fitted, color="C3", label=f"Theil-Sen trend ({trend.slope:+.3f} per day)")
ax.set_xlabel("date")
ax.set_ylabel("temperature")
ax.legend()
