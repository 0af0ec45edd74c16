import matplotlib.pyplot as plt
import numpy as np

lowest = np.min(z, axis=1)
highest = np.max(z, axis=1)
average = np.mean(z, axis=1)

fig, ax = plt.subplots(figsize=(4, 6))
ax.plot(average, y, "k-", lw=1.5)
ax.fill_betweenx(y, lowest, highest, facecolor="0.8")
ax.set_xlabel("elevation")
ax.set_ylabel("y")
ax.set_title("Row-wise elevation range")
