import matplotlib as mpl
import matplotlib.pyplot as plt
import numpy as np

t = np.linspace(0, 10, 200)
rates = np.linspace(0.1, 1.0, 8)
mapper = mpl.cm.ScalarMappable(norm=mpl.colors.Normalize(vmin=0.1, vmax=1.0), cmap="viridis")
fig, ax = plt.subplots(layout="constrained")
for rate in rates:
    ax.plot(t, np.exp(-rate * t), color=mapper.to_rgba(rate))
ax.set_xlabel("time")
ax.set_ylabel("fraction remaining")
ax.set_title("Exponential decay")
colorbar = fig.colorbar(mapper, ax=ax)
colorbar.set_label("decay rate")
