# /// example
# task = """
# Mark dead detector pixels of `image` as NaN in a copy `frame` (every pixel where row % 9 == 4 \
# and column % 7 == 3), count them in `n_dead`, and display `frame` in gray with the NaN pixels \
# shown in red via `Colormap.with_extremes(bad="red")`; keep the AxesImage in `im`, add a \
# colorbar labelled "intensity", label the axes and put `n_dead` in the title. Keep the figure in \
# `fig`."""
# prompt = """
# The detector behind `image` has dead pixels wherever row % 9 == 4 and column % 7 == 3. Make a \
# copy `frame` with those pixels set to NaN, count them in `n_dead`, and display `frame` in gray \
# with the NaN pixels shown in red (the colormap's "bad" colour). Keep the image in `im`, add a \
# colorbar labelled "intensity", label the axes, put `n_dead` in the title, and keep the figure \
# in `fig`."""
# domain = 'visualization'
# libraries = ['matplotlib', 'numpy']
# inputs = { image = 'image' }
# checks = [
#     'n_dead == len(range(4, image.shape[0], 9)) * len(range(3, image.shape[1], 7))',
#     'tuple(im.get_cmap().get_bad()) == (1.0, 0.0, 0.0, 1.0) and np.allclose(im.get_cmap()(np.linspace(0, 1, 5))[:, :3], matplotlib.colormaps["gray"](np.linspace(0, 1, 5))[:, :3])',
#     'str(n_dead) in figure_summary(fig).axes[0].title',
#     'np.ma.count_masked(im.get_array()) == n_dead',
#     'figure_summary(fig).has_colorbar',
#     # NaN exactly at the dead pixels (row % 9 == 4, column % 7 == 3), the image elsewhere
#     'np.array_equal(np.isnan(frame), ((np.arange(image.shape[0]) % 9 == 4)[:, None] & (np.arange(image.shape[1]) % 7 == 3)[None, :]) | np.isnan(image))',
#     'np.allclose(frame[~np.isnan(frame)], image[~np.isnan(frame)])',
#     'np.allclose(figure_summary(fig).axes[0].image_arrays[0], frame, equal_nan=True)',
#     "figure_summary(fig).colorbar_labels == ['intensity']",
#     "figure_summary(fig).axes[0].xlabel != '' and figure_summary(fig).axes[0].ylabel != ''",
# ]
# difficulty = 'advanced'
# tags = ['missing-data', 'image-plot']
# edge_cases = true
# ///
import matplotlib as mpl
import matplotlib.pyplot as plt
import numpy as np

frame = image.astype(float)
frame[4::9, 3::7] = np.nan
n_dead = int(np.isnan(frame).sum())

# NaNs are masked by imshow and drawn in the colormap's "bad" colour
cmap = mpl.colormaps["gray"].with_extremes(bad="red")
fig, ax = plt.subplots()
im = ax.imshow(frame, cmap=cmap)
ax.set_xlabel("column")
ax.set_ylabel("row")
ax.set_title(f"Detector frame ({n_dead} dead pixels in red)")
fig.colorbar(im, ax=ax, label="intensity")
