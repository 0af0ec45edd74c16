# /// example
# task = """
# Show four frames of the image stack `frames` (frames x rows x columns), at the indices \
# `np.linspace(0, len(frames) - 1, 4).astype(int)` stored in `shown_frames`, side by side in one \
# row of an `ImageGrid` (mpl_toolkits.axes_grid1) in the figure `fig`, all with the colour limits \
# of the whole stack and a single colorbar on the right, each panel titled "frame <index>"."""
# prompt = """
# Please show a strip of four frames from my image stack `frames`, evenly spread through it \
# (indices `np.linspace(0, len(frames) - 1, 4).astype(int)`, kept in `shown_frames`), in one row \
# using `ImageGrid` from `mpl_toolkits.axes_grid1` in `fig`, with one shared colour scale (the \
# whole stack's min to max), a single colorbar on the right, and titles "frame <index>"."""
# domain = 'visualization'
# libraries = ['matplotlib', 'numpy']
# inputs = { frames = 'frames' }
# checks = [
#     'np.array_equal(shown_frames, np.linspace(0, len(frames) - 1, 4).astype(int))',
#     '(lambda panels: len(panels) == 4 and all(np.allclose(a.images[0].get_array(), frames[i]) and a.get_title() == f"frame {i}" for a, i in zip(panels, shown_frames)) and all(np.allclose(a.images[0].get_clim(), (frames.min(), frames.max())) for a in panels))([a for a in fig.axes if a.images])',
#     # one colorbar, spanning the stack
#     '(lambda s: s.n_colorbars == 1 and np.allclose(s.colorbar_ranges[0], (frames.min(), frames.max())))(figure_summary(fig))',
# ]
# difficulty = 'intermediate'
# tags = ['subplots', 'image-plot', 'colorbar']
# edge_cases = { constant = false, why = 'a colour scale needs a stack whose values vary' }
# ///
import matplotlib.pyplot as plt
import numpy as np
from mpl_toolkits.axes_grid1 import ImageGrid

shown_frames = np.linspace(0, len(frames) - 1, 4).astype(int)
fig = plt.figure(figsize=(10, 3))
# cbar_mode="single" reserves one colorbar axes for the whole row
grid = ImageGrid(
    fig,
    111,
    nrows_ncols=(1, 4),
    axes_pad=0.15,
    cbar_mode="single",
    cbar_location="right",
    cbar_pad=0.1,
)
for ax, index in zip(grid, shown_frames, strict=True):
    image = ax.imshow(frames[index], cmap="magma", vmin=frames.min(), vmax=frames.max())
    ax.set_title(f"frame {index}")
grid.cbar_axes[0].colorbar(image)
