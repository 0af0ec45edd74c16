import matplotlib.pyplot as plt
import numpy as np
from matplotlib.ticker import FixedLocator

wind = df["wind_speed"].to_numpy()
w_min, w_span = wind.min(), np.ptp(wind)
# map wind speed linearly onto marker areas of 20-200 pt² (one mid size when the speed is constant)
sizes = 20 + 180 * (wind - w_min) / w_span if w_span > 0 else np.full(wind.shape, 110.0)

fig, ax = plt.subplots(figsize=(7, 5))
sc = ax.scatter(
    df["temperature"], df["humidity"], s=sizes, c=df["pressure"], cmap="cividis", alpha=0.7
)
fig.colorbar(sc, ax=ax, label="pressure")


def area_to_speed(area):
    return w_min + (area - 20) / 180 * w_span


if np.unique(sizes).size <= 4:
    num = None  # every distinct size gets its own entry
else:
    # four evenly spaced speeds inside the range, placed in wind-speed units by a fixed locator
    num = FixedLocator(np.linspace(wind.min(), wind.max(), 6)[1:-1])
handles, labels = sc.legend_elements(
    prop="sizes", num=num, func=area_to_speed, fmt="{x:.1f} m/s", alpha=0.6
)
ax.legend(handles, labels, title="wind speed", loc="upper left")
ax.set_xlabel("Temperature")
ax.set_ylabel("Humidity")
ax.set_title("Humidity vs temperature, sized by wind speed")
