# /// example
# task = """
# Draw every station of `stations` as a circle of radius 3 degrees centred at its (`lon`, \
# `lat`), all circles in one `PatchCollection` coloured by `temperature` with the "coolwarm" \
# colormap and a colorbar labelled "temperature (deg C)". Use equal aspect, x limits -180 to \
# 180 and y limits -90 to 90. Keep the figure in `fig` and its Axes in `ax`, axes labelled \
# "longitude" and "latitude"."""
# prompt = """
# I want a quick map of my weather `stations`: a circle of radius 3 (degrees) at each station's \
# `lon`/`lat`, coloured by its `temperature` through the "coolwarm" colormap, drawn as a single \
# PatchCollection, with a colorbar labelled "temperature (deg C)". Equal aspect, longitude from \
# -180 to 180 and latitude from -90 to 90, axis labels "longitude" and "latitude". Keep `fig` \
# and `ax`."""
# domain = 'visualization'
# libraries = ['matplotlib', 'pandas']
# inputs = { stations = 'stations' }
# checks = [
#     'figure_summary(fig).axes[0].collection_types == ["PatchCollection"] and len(ax.collections[0].get_paths()) == len(stations)',
#     # each circle is centred on its station with radius 3
#     'all(np.allclose([(v[:, 0].min() + v[:, 0].max()) / 2, (v[:, 1].min() + v[:, 1].max()) / 2, (v[:, 0].max() - v[:, 0].min()) / 2], [lon, lat, 3.0], atol=1e-6) for v, lon, lat in zip((p.vertices for p in ax.collections[0].get_paths()), stations["lon"], stations["lat"]))',
#     'np.allclose(figure_summary(fig).axes[0].mesh_arrays[0], stations["temperature"].to_numpy(), equal_nan=True) and ax.collections[0].get_cmap().name == "coolwarm"',
#     'figure_summary(fig).colorbar_labels == ["temperature (deg C)"] and ax.get_aspect() == 1.0',
#     'np.allclose(ax.get_xlim(), (-180, 180)) and np.allclose(ax.get_ylim(), (-90, 90)) and ax.get_xlabel() == "longitude" and ax.get_ylabel() == "latitude"',
# ]
# difficulty = 'intermediate'
# tags = ['scatter-plot', 'colorbar', 'colormap', 'applied-science']
# edge_cases = true
# ///
import matplotlib.pyplot as plt
from matplotlib.collections import PatchCollection
from matplotlib.patches import Circle

circles = [
    Circle((lon, lat), radius=3) for lon, lat in zip(stations["lon"], stations["lat"], strict=True)
]
# one collection draws all circles at once and maps one value per circle to a colour
markers = PatchCollection(circles, cmap="coolwarm", edgecolor="black", linewidth=0.5)
markers.set_array(stations["temperature"].to_numpy())

fig, ax = plt.subplots(figsize=(6, 3.5))
ax.add_collection(markers)
fig.colorbar(markers, ax=ax, label="temperature (deg C)")
ax.set(xlim=(-180, 180), ylim=(-90, 90), xlabel="longitude", ylabel="latitude")
ax.set_aspect("equal")
ax.set_title("Station temperatures")
