# /// example
# task = """
# Plot the weather stations of `stations` (`lon`, `lat` in degrees, `temperature` in deg C) as a \
# scatter map on the Axes `ax`: longitude on x and latitude on y, markers coloured by temperature \
# with the "coolwarm" colormap, a colorbar labelled "temperature (deg C)", x limits -180 to 180, \
# y limits -90 to 90, an equal aspect ratio, axis labels "longitude (deg)" and "latitude (deg)" \
# and the title "Station temperatures". Keep the figure in `fig`."""
# prompt = """
# I'd like a quick map of my weather stations `stations`: a scatter plot with `lon` on the x axis \
# and `lat` on the y axis, each point coloured by its `temperature` using "coolwarm", plus a \
# colorbar labelled "temperature (deg C)". Fix the limits to the whole globe (-180 to 180 and -90 \
# to 90), use an equal aspect, label the axes "longitude (deg)" and "latitude (deg)" and title \
# it "Station temperatures". Keep the figure in `fig` and the Axes in `ax`."""
# domain = 'visualization'
# libraries = ['matplotlib']
# inputs = { stations = 'stations' }
# checks = [
#     "np.allclose(figure_summary(fig).axes[0].scatter_xy[0], stations[['lon', 'lat']].to_numpy())",
#     "np.allclose(figure_summary(fig).axes[0].mesh_arrays[0], stations['temperature'].to_numpy())",
#     "ax.collections[0].get_cmap().name == 'coolwarm'",
#     "figure_summary(fig).colorbar_labels == ['temperature (deg C)']",
#     "np.allclose(figure_summary(fig).axes[0].xlim, (-180, 180)) and np.allclose(figure_summary(fig).axes[0].ylim, (-90, 90))",
#     "ax.get_aspect() == 1.0",
#     "figure_summary(fig).axes[0].xlabel == 'longitude (deg)' and figure_summary(fig).axes[0].ylabel == 'latitude (deg)'",
#     "figure_summary(fig).axes[0].title == 'Station temperatures'",
# ]
# difficulty = 'basic'
# tags = ['scatter-plot', 'colorbar', 'colormap']
# edge_cases = true
# ///
import matplotlib.pyplot as plt

fig, ax = plt.subplots(figsize=(9, 5))
points = ax.scatter(
    stations["lon"],
    stations["lat"],
    c=stations["temperature"],
    cmap="coolwarm",
    edgecolor="black",
    linewidth=0.3,
)
fig.colorbar(points, ax=ax, label="temperature (deg C)")
ax.set(
    xlim=(-180, 180),
    ylim=(-90, 90),
    xlabel="longitude (deg)",
    ylabel="latitude (deg)",
    title="Station temperatures",
)
# equal aspect keeps one degree of longitude as wide as one of latitude
ax.set_aspect("equal")
