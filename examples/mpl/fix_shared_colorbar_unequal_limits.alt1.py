import matplotlib.pyplot as plt
import numpy as np
from matplotlib.colors import Normalize

first, last = frames[0], frames[-1]
shared = Normalize(vmin=np.min([first.min(), last.min()]), vmax=np.max([first.max(), last.max()]))

fig, (left, right) = plt.subplots(1, 2, figsize=(8, 3.5), layout="constrained")
left.imshow(first, cmap="inferno", norm=shared)
left.set_title("frame 0")
shown = right.imshow(last, cmap="inferno", norm=shared)
right.set_title(f"frame {len(frames) - 1}")
fig.colorbar(shown, ax=[left, right], label="intensity")
