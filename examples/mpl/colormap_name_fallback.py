# /// example
# task = """
# Display `image` with a colormap whose name comes from user input (`requested = "virdis"`, a \
# typo): look it up in `matplotlib.colormaps`, and if the name is unknown (KeyError) fall back to \
# "viridis" and record the error message in `fallback_message`; keep the colormap in `cmap` and \
# the AxesImage in `im`, label the axes and title it "Intensity (<colormap name>)". Draw on an \
# Axes named `ax`."""
# prompt = """
# The colormap for displaying `image` comes from user input, `requested = "virdis"`, which is a \
# typo. Look the name up in matplotlib's colormap registry and, if it is unknown (KeyError), fall \
# back to "viridis" and keep the error message in `fallback_message`. Keep the colormap in `cmap` \
# and the image in `im`, draw on an Axes `ax`, label the axes, and title it "Intensity (<colormap \
# name>)", so "Intensity (viridis)" here."""
# domain = 'visualization'
# libraries = ['matplotlib']
# inputs = { image = 'image' }
# checks = [
#     "cmap.name == 'viridis' and im.get_cmap().name == 'viridis'",
#     "fallback_message is not None and 'virdis' in fallback_message",
#     "ax.get_title() == f'Intensity ({cmap.name})'",
#     "figure_summary(ax).axes[0].xlabel != '' and figure_summary(ax).axes[0].ylabel != ''",
# ]
# difficulty = 'basic'
# tags = ['error-handling', 'colormap', 'image-plot']
# edge_cases = true
# ///
import matplotlib as mpl
import matplotlib.pyplot as plt

requested = "virdis"
fallback_message = None
# the colormap registry raises KeyError for an unknown name; newer matplotlib versions also
# suggest close matches in the message
try:
    cmap = mpl.colormaps[requested]
except KeyError as err:
    fallback_message = str(err)
    cmap = mpl.colormaps["viridis"]

fig, ax = plt.subplots()
im = ax.imshow(image, cmap=cmap)
ax.set_xlabel("x (pixel)")
ax.set_ylabel("y (pixel)")
ax.set_title(f"Intensity ({cmap.name})")
