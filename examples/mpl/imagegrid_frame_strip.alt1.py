import matplotlib.pyplot as plt
import numpy as np
from mpl_toolkits import axes_grid1

shown_frames = np.linspace(0, len(frames) - 1, 4).astype(int)
low, high = float(np.min(frames)), float(np.max(frames))

fig = plt.figure(figsize=(10, 3))
panels = axes_grid1.ImageGrid(
    fig, 111, nrows_ncols=(1, 4), axes_pad=0.2, share_all=True, cbar_mode="single"
)
for panel, k in zip(panels, shown_frames, strict=True):
    last = panel.imshow(frames[k], vmin=low, vmax=high)
    panel.set_title(f"frame {k}")
panels.cbar_axes[0].colorbar(last)
