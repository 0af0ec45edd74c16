import shutil
import tempfile
from pathlib import Path

import matplotlib.pyplot as plt
import numpy as np
from matplotlib import animation
from PIL import Image

dates = weather.index
temps = weather["temperature"].to_numpy()
month_keys = dates.year * 12 + dates.month
# the position just after the last day of each month present in the data
month_ends = np.flatnonzero(np.diff(np.append(month_keys, -1))) + 1

fig, ax = plt.subplots(figsize=(6, 3.5), dpi=60)
(trace,) = ax.plot(dates, temps, color="tab:red")
ax.set_xlabel("date")
ax.set_ylabel("temperature (°C)")


def update(frame):
    end = month_ends[frame]
    trace.set_data(dates[:end], temps[:end])
    ax.set_title(f"Temperature through {dates[end - 1]:%b %Y}")
    return (trace,)


anim = animation.FuncAnimation(fig, update, frames=len(month_ends), repeat=False)
folder = Path(tempfile.mkdtemp())
try:
    gif_path = folder / "reveal.gif"
    anim.save(gif_path, writer=animation.PillowWriter(fps=5))
    gif_bytes = gif_path.read_bytes()
    with Image.open(gif_path) as gif:
        n_frames = gif.n_frames
finally:
    shutil.rmtree(folder)
plt.close(fig)
