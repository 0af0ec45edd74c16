import matplotlib.pyplot as plt
import numpy as np

x = np.linspace(-2.5, 2.5, num=200)
y = x**3 - 3 * x

fig = plt.figure(figsize=(5, 4))
ax = fig.add_subplot()
ax.plot(x, y)
for side in ("left", "bottom"):
    ax.spines[side].set_position(("data", 0))
for side in ("top", "right"):
    ax.spines[side].set_visible(False)
ax.set_title("y = x^3 - 3x")
