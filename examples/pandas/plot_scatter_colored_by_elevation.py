# /// example
# task = """
# Draw the station table `stations` as a scatter plot with pandas' `DataFrame.plot` (kind \
# "scatter"): `lat` on the x axis, `temperature` on the y axis, each point coloured by its `elevation_m` \
# with the "viridis" colormap and a colorbar labelled with the column name `elevation_m`. \
# Title it "Temperature against latitude" and label the axes `lat` and `temperature`. Keep the \
# figure in `fig` and its Axes in `ax`."""
# prompt = """
# With pandas plotting, make a scatter of my `stations` table: latitude (`lat`) on x, \
# `temperature` on y, and colour each station by `elevation_m` (viridis colormap) with a colorbar \
# labelled `elevation_m`. Axis labels `lat` and `temperature`, title "Temperature against \
# latitude". Put it on `fig`, `ax`."""
# domain = 'visualization'
# libraries = ['pandas', 'matplotlib']
# inputs = { stations = 'stations' }
# checks = [
#     'np.allclose(figure_summary(fig).axes[0].scatter_xy[0], stations[["lat", "temperature"]].to_numpy())',
#     'np.allclose(figure_summary(fig).axes[0].mesh_arrays[0], stations["elevation_m"].to_numpy())',
#     'figure_summary(fig).n_colorbars == 1 and figure_summary(fig).colorbar_labels == ["elevation_m"]',
#     'figure_summary(fig).axes[0].xlabel == "lat" and figure_summary(fig).axes[0].ylabel == "temperature"',
#     'figure_summary(fig).axes[0].title == "Temperature against latitude"',
#     'ax.collections[0].get_cmap().name == "viridis"',
# ]
# difficulty = 'intermediate'
# tags = ['scatter-plot', 'colormap', 'colorbar']
# edge_cases = true
# ///
import matplotlib.pyplot as plt

fig, ax = plt.subplots(figsize=(7, 5))
# c= names the column that sets each point's colour; pandas adds a colorbar labelled with it
stations.plot(kind="scatter", x="lat", y="temperature", c="elevation_m", cmap="viridis", ax=ax)
ax.set_title("Temperature against latitude")
