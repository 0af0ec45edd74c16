# /// example
# task = """
# Draw a 3-D scatter plot of the `measurements` table on `fig, ax` (an Axes with \
# `projection="3d"`): `temperature` on x, `pressure` on y, `humidity` on z, the markers \
# coloured by `wind_speed` with "viridis" and a colorbar labelled "wind speed". Label the three \
# axes with the column names."""
# prompt = """
# I want to look at three of my `measurements` columns at once: a 3-D scatter on `fig, ax` \
# (projection "3d") with `temperature`, `pressure` and `humidity` on x, y and z, colour from \
# `wind_speed` (viridis) plus a colorbar labelled "wind speed", and the three axes labelled \
# with the column names."""
# domain = 'visualization'
# libraries = ['matplotlib', 'pandas']
# inputs = { measurements = 'measurements' }
# checks = [
#     'figure_summary(fig).axes[0].projection == "3d"',
#     # the 3-D marker positions, as given
#     'np.allclose(np.column_stack([np.asarray(v, dtype=float) for v in ax.collections[0]._offsets3d]), measurements[["temperature", "pressure", "humidity"]].to_numpy(), equal_nan=True)',
#     'np.allclose(figure_summary(fig).axes[0].mesh_arrays[0], measurements["wind_speed"].to_numpy(), equal_nan=True) and ax.collections[0].get_cmap().name == "viridis" and figure_summary(fig).colorbar_labels == ["wind speed"]',
#     '(ax.get_xlabel(), ax.get_ylabel(), ax.get_zlabel()) == ("temperature", "pressure", "humidity")',
# ]
# difficulty = 'basic'
# tags = ['projections', 'scatter-plot', 'colorbar']
# edge_cases = true
# ///
import matplotlib.pyplot as plt

fig, ax = plt.subplots(figsize=(5, 4), subplot_kw={"projection": "3d"})
points = ax.scatter(
    measurements["temperature"],
    measurements["pressure"],
    measurements["humidity"],
    c=measurements["wind_speed"],
    cmap="viridis",
)
# pad keeps the colorbar clear of the z axis labels
fig.colorbar(points, ax=ax, label="wind speed", pad=0.15)
ax.set(xlabel="temperature", ylabel="pressure", zlabel="humidity")
