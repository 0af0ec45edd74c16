import matplotlib.pyplot as plt
import numpy as np

odds = np.array([1.8, 0.7, 1.1])
limits = np.array([[1.2, 2.9], [0.4, 1.1], [0.9, 1.6]])
x = np.arange(3)

fig, ax = plt.subplots(figsize=(4, 3.5))
ax.set_yscale("log")
ax.errorbar(x, odds, yerr=np.abs(limits.T - odds), linestyle="none", marker="s")
ax.axhline(1.0, ls="--", c="k", lw=0.8)
ax.set_xticks(x)
ax.set_xticklabels(["A", "B", "C"])
ax.set_ylabel("odds ratio")
