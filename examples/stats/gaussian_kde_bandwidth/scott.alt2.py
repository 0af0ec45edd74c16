import matplotlib.pyplot as plt
import numpy as np
import scipy.stats as st

kde = st.gaussian_kde(values)  # Scott's rule is gaussian_kde's default bandwidth
kde.set_bandwidth(bw_method="scott")
lo = values.min() - 3 * values.std()
hi = values.max() + 3 * values.std()
grid = np.linspace(lo, hi, 400)
density = kde.pdf(grid)

fig, ax = plt.subplots(figsize=(7, 4))
ax.hist(values, bins=30, density=True, histtype="bar", alpha=0.5, label="data")
ax.plot(grid, density, linewidth=2, label="KDE (scott)")
ax.set_xlabel("value")
ax.set_ylabel("density")
ax.legend()
