import matplotlib.pyplot as plt

means = df.mean().sort_values(ascending=False)

fig, ax = plt.subplots()
ax.barh(means.index, means.to_numpy())
# barh draws the first category at the bottom: flip the axis so the largest is on top
ax.invert_yaxis()
ax.set_xlabel("Mean")
ax.set_ylabel("Column")
ax.set_title("Column means")
