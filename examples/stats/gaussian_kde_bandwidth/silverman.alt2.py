import matplotlib.pyplot as plt
import numpy as np
import scipy.stats as st

kde = st.gaussian_kde(values, bw_method="silverman")
# the grid reaches three (population) standard deviations past the extreme values
pad = 3 * np.std(values)
grid = np.linspace(values.min() - pad, values.max() + pad, 400)
density = kde.pdf(grid)

fig, ax = plt.subplots()
ax.hist(values, bins=30, density=True, alpha=0.5, label="data")
ax.plot(grid, density, "k-", label="KDE (silverman)")
ax.set(xlabel="value", ylabel="density", title="Kernel density estimate")
ax.legend()
