import matplotlib.pyplot as plt
from mpl_toolkits.axes_grid1.axes_divider import make_axes_locatable

fig = plt.figure(figsize=(8, 4))
ax = fig.add_subplot()
im = ax.imshow(image, origin="lower", cmap="magma")
cax = make_axes_locatable(ax).append_axes("right", size="5%", pad=0.1)
cbar = fig.colorbar(im, cax=cax)
cbar.set_label("intensity")
ax.set(xlabel="column", ylabel="row", title="Image with a matching colorbar")
