# /// example
# task = """
# Show `image` side by side under the colormaps "viridis", "magma", "cividis" and "gray" (names \
# in `cmap_names`, looked up in `matplotlib.colormaps`), one panel of `axes` per colormap titled \
# with its name, axes hidden, and a figure title. Keep the figure in `fig`."""
# prompt = """
# I'd like to compare how `image` looks under the colormaps "viridis", "magma", "cividis" and \
# "gray": keep those names in `cmap_names`, look each one up in matplotlib's colormap registry, \
# and show one panel per colormap side by side (panels in `axes`), each titled with its colormap \
# name and with the axes turned off. Add an overall figure title and keep the figure in `fig`."""
# domain = 'visualization'
# libraries = ['matplotlib']
# inputs = { image = 'image' }
# checks = [
#     'figure_summary(fig).titles == cmap_names',
#     '[ax.images[0].get_cmap().name for ax in axes] == cmap_names',
#     'not any(ax.axison for ax in axes)',
#     "figure_summary(fig).suptitle != ''",
# ]
# difficulty = 'basic'
# tags = ['colormap', 'image-plot', 'subplots']
# edge_cases = true
# ///
import matplotlib as mpl
import matplotlib.pyplot as plt

cmap_names = ["viridis", "magma", "cividis", "gray"]
fig, axes = plt.subplots(1, len(cmap_names), figsize=(12, 3.2), layout="constrained")
for ax, name in zip(axes, cmap_names, strict=True):
    # every panel shows the same data, so the autoscaled limits match and only the colormap differs
    ax.imshow(image, cmap=mpl.colormaps[name])
    ax.set_title(name)
    ax.set_axis_off()
fig.suptitle("One image under four colormaps")
