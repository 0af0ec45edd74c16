import matplotlib.pyplot as plt
import numpy as np

t = np.linspace(0, 10, 500)
rates = {"slow": 0.2, "medium": 0.5, "fast": 1.0}

fig, axes = plt.subplots(1, 2, figsize=(10, 4), layout="constrained")
for name, rate in rates.items():
    y = np.exp(-rate * t) * np.cos(2 * np.pi * t)
    axes[0].plot(t, y, label=name)
    axes[1].plot(t, np.abs(y), label=name)
axes[1].set_yscale("log")
axes[0].set(xlabel="Time (s)", ylabel="y", title="Linear scale")
axes[1].set(xlabel="Time (s)", ylabel="|y|", title="Logarithmic scale")
# take the handles from one panel only, so each series is listed once
handles, labels = axes[0].get_legend_handles_labels()
fig.legend(handles, labels, loc="outside lower center", ncols=3)
