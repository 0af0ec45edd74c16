ax = stations.plot.scatter(x="lat", y="temperature", c="elevation_m", colormap="viridis")
fig = ax.figure
ax.set_title("Temperature against latitude")
