# /// example
# task = """
# Build a 6 x 6 grid `lon, lat` (longitudes 0 to 25 and latitudes 40 to 65, step 5, via \
# `np.meshgrid`) with a cyclonic wind field in knots, `u = -(lat - 52.5) * 4` and \
# `v = (lon - 12.5) * 4`, and draw it as wind barbs (`barbs`). Keep the figure in `fig` and its \
# Axes in `ax`, axes labelled "longitude" and "latitude", and a title."""
# prompt = """
# Meteorology plot: on a 6 x 6 `np.meshgrid` grid `lon, lat` with longitudes 0, 5, ..., 25 and \
# latitudes 40, 45, ..., 65, make a rotating wind field `u = -(lat - 52.5) * 4`, \
# `v = (lon - 12.5) * 4` (knots) and show it with wind barbs, not arrows. Axis labels \
# "longitude" and "latitude", a title; keep `fig` and `ax`."""
# domain = 'visualization'
# libraries = ['matplotlib', 'numpy']
# inputs = {}
# checks = [
#     '[type(c) for c in ax.collections] == [matplotlib.quiver.Barbs]',
#     # one barb per grid point, with the u and v components of the field
#     '(lambda b, LON, LAT: np.allclose(np.ravel(b.u), (-(LAT - 52.5) * 4).ravel()) and np.allclose(np.ravel(b.v), ((LON - 12.5) * 4).ravel()) and np.allclose(b.get_offsets(), np.column_stack([LON.ravel(), LAT.ravel()])))(ax.collections[0], *np.meshgrid(np.arange(0, 26, 5), np.arange(40, 66, 5)))',
#     'np.allclose(u, -(lat - 52.5) * 4) and np.allclose(v, (lon - 12.5) * 4) and lon.shape == (6, 6)',
#     'ax.get_xlabel() == "longitude" and ax.get_ylabel() == "latitude" and ax.get_title() != ""',
# ]
# difficulty = 'basic'
# tags = ['field-plot', 'applied-science']
# ///
import matplotlib.pyplot as plt
import numpy as np

lon, lat = np.meshgrid(np.arange(0, 26, 5), np.arange(40, 66, 5))
u = -(lat - 52.5) * 4
v = (lon - 12.5) * 4

fig, ax = plt.subplots(figsize=(5, 4))
# barbs encode speed by flags and pennants (knots), direction by the staff
ax.barbs(lon, lat, u, v, length=6)
ax.set(xlabel="longitude", ylabel="latitude", title="Cyclonic wind field (knots)")
ax.margins(0.1)
