import matplotlib.pyplot as plt
import numpy as np

readings = sensor["sensor_a"].to_numpy()
measured = readings[~np.isnan(readings)]
p10, p90 = np.percentile(measured, [10, 90]) if measured.size else (np.nan, np.nan)

fig, ax = plt.subplots(figsize=(6, 3.5))
ax.plot(sensor.index, readings, color="tab:green")
ax.axhline(p10, ls="--", color="k")
ax.axhline(p90, ls="--", color="k")
# the y-axis transform is already blended: axes fraction along x, data along y
ax.text(0.99, p10, "P10", transform=ax.get_yaxis_transform(), ha="right")
ax.text(0.99, p90, "P90", transform=ax.get_yaxis_transform(), ha="right")
ax.set_xlabel("date")
ax.set_ylabel("sensor_a")
