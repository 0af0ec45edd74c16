import matplotlib.pyplot as plt
import numpy as np

slope, intercept = np.polyfit(x, y, deg=1)
fitted = np.polyval([slope, intercept], x)
residuals = y - fitted

fig, (ax_fit, ax_res) = plt.subplots(2, 1, sharex=True, height_ratios=[3, 1], figsize=(7, 6))
ax_fit.scatter(x, y, s=15, label="data")
ax_fit.plot(x, fitted, color="red", label=f"y = {slope:.2f}x + {intercept:.2f}")
ax_fit.set_ylabel("y")
ax_fit.set_title("Linear fit with residuals")
ax_fit.legend()
ax_res.scatter(x, residuals, s=15)
ax_res.axhline(0, color="gray", linestyle="--")
ax_res.set_xlabel("x")
ax_res.set_ylabel("Residual")
