import tempfile
from pathlib import Path

import matplotlib.animation as manimation
import matplotlib.pyplot as plt

fig, ax = plt.subplots(figsize=(2, 2), dpi=40)
shown = ax.imshow(frames[0], vmin=frames.min(), vmax=frames.max())
ax.set_title("Blob over time")
ax.set_axis_off()


def draw_frame(index):
    shown.set_array(frames[index])
    return (shown,)


anim = manimation.FuncAnimation(fig, draw_frame, frames=range(min(5, len(frames))), blit=True)
with tempfile.TemporaryDirectory() as folder:
    gif_path = Path(folder, "blob.gif")
    anim.save(gif_path, writer=manimation.PillowWriter(fps=5))
    gif_bytes = gif_path.read_bytes()
