import matplotlib.pyplot as plt
import numpy as np
from scipy.stats import gaussian_kde

data = np.asarray(values, dtype=float)
kde = gaussian_kde(data, bw_method="scott")
spread = 3 * data.std(ddof=1)
grid = np.linspace(data.min() - spread, data.max() + spread, 400)
density = kde.evaluate(grid)

fig, ax = plt.subplots()
ax.hist(data, bins=30, density=True, alpha=0.4, label="data")
ax.plot(grid, density, label="KDE (scott)")
ax.set(xlabel="value", ylabel="density", title="Gaussian KDE, Scott's rule")
ax.legend()
