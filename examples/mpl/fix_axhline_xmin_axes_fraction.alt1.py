import matplotlib.pyplot as plt

level = y[(x >= 2) & (x <= 6)].mean()
fig, ax = plt.subplots()
ax.plot(x, y, "o", markersize=3)
ax.plot([2, 6], [level, level], color="red")
ax.set(xlabel="x", ylabel="y", title="Mean level between x = 2 and 6")
