import matplotlib.pyplot as plt
import numpy as np
from matplotlib import offsetbox

slope, intercept = np.polyfit(x, y, deg=1)
r_squared = np.corrcoef(x, y)[0, 1] ** 2

fig, ax = plt.subplots()
ax.scatter(x, y, s=15)
order = np.argsort(x)
ax.plot(x[order], slope * x[order] + intercept, "r-")
fit_box = offsetbox.AnchoredText(
    "\n".join([f"slope = {slope:.3f}", f"intercept = {intercept:.3f}", f"R² = {r_squared:.3f}"]),
    loc=2,
)
ax.add_artist(fit_box)
ax.set_xlabel("x")
ax.set_ylabel("y")
ax.set_title("Least-squares line")
