import matplotlib.pyplot as plt
import numpy as np

centre = np.mean(values)
spread = np.std(values, ddof=1)
lower, upper = centre - 3 * spread, centre + 3 * spread
positions = np.arange(values.size)
flagged = (values < lower) | (values > upper)
out_of_control = positions[flagged]

fig, ax = plt.subplots(figsize=(9, 4))
ax.plot(positions, values, marker=".", color="black", linewidth=0.8)
ax.axhspan(centre - spread, centre + spread, facecolor="0.85")
ax.axhline(centre, color="green", label="mean")
ax.axhline(lower, color="red", linestyle="--", label="3 SD limits")
ax.axhline(upper, color="red", linestyle="--")
ax.scatter(positions[flagged], values[flagged], c="red", s=40, zorder=5)
ax.set_xlabel("sample number")
ax.set_ylabel("value")
ax.set_title("Shewhart chart")
ax.legend()
