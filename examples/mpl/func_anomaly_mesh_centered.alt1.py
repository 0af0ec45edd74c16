import matplotlib.pyplot as plt
import numpy as np


def plot_anomaly_mesh(x, y, z, ax, cmap="RdBu_r"):
    """Draw the anomaly z - mean(z) of the gridded field `z` (len(y) rows by
    len(x) columns, values at the cell centres x, y) on `ax` with
    `pcolormesh`, in the diverging colormap `cmap` centred on zero: the
    colour limits are -m and +m, m the largest absolute anomaly. Add a
    colorbar labelled "anomaly" and return the mesh.

    NaN cells are left out of the mean and left blank.
    """
    field = np.ma.masked_invalid(z)
    anomaly = field - field.mean()
    limit = np.abs(anomaly).max()
    mesh = ax.pcolormesh(x, y, anomaly, cmap=cmap, vmin=-limit, vmax=limit, shading="nearest")
    colorbar = plt.colorbar(mesh, ax=ax)
    colorbar.set_label("anomaly")
    return mesh


fig, ax = plt.subplots(figsize=(6, 4.5))
plot_anomaly_mesh(x, y, z, ax)
ax.set_xlabel("x")
ax.set_ylabel("y")
ax.set_title("Terrain elevation minus its mean")
