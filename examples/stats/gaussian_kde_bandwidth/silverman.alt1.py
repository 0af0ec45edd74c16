import matplotlib.pyplot as plt
import numpy as np
from scipy import stats

kde = stats.gaussian_kde(values, bw_method="silverman")
sd = np.std(values, ddof=1)
grid = np.linspace(np.min(values) - 3 * sd, np.max(values) + 3 * sd, num=400)
density = kde(grid)

fig, ax = plt.subplots()
ax.hist(values, bins=30, density=True, color="lightgray", edgecolor="gray", label="data")
ax.plot(grid, density, color="C1", label="KDE (silverman)")
ax.set_xlabel("value")
ax.set_ylabel("density")
ax.set_title("Gaussian KDE, Silverman's rule")
ax.legend()
