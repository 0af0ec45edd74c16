import matplotlib.pyplot as plt
import seaborn as sns

fig, ax = plt.subplots(figsize=(6, 5))
sns.histplot(
    x=measurements["temperature"], y=measurements["humidity"], bins=20, cmap="rocket_r", ax=ax
)
# the 2-D histogram is a QuadMesh: give it a colorbar of its own
fig.colorbar(ax.collections[0], ax=ax, label="Count")
ax.set_xlabel("Temperature")
ax.set_ylabel("Humidity")
ax.set_title("Humidity against temperature")
