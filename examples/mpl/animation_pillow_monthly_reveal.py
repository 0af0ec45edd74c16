# /// example
# task = """
# Animate the daily `temperature` column of the DataFrame `weather` (DatetimeIndex) with \
# `FuncAnimation`: one frame per calendar month present in the data, frame k showing the series \
# up to the end of the k-th month as a line, with a title naming that month. Save it as a GIF with \
# `PillowWriter` (5 fps) into a `tempfile.TemporaryDirectory` that is removed afterwards, keeping \
# the file's contents in `gif_bytes` and its frame count, read back with Pillow, in `n_frames`. \
# Label the axes, keep the figure in `fig` and close it once saved, so it keeps the last frame."""
# prompt = """
# I run a headless script and want a GIF of the daily `temperature` in my `weather` DataFrame \
# (DatetimeIndex) building up month by month: one frame per calendar month in the data, each \
# frame showing everything up to the end of that month, with the month in the title. Use \
# matplotlib's FuncAnimation and save it with PillowWriter at 5 fps into a temporary directory \
# that gets cleaned up; keep the GIF's bytes in `gif_bytes` and the number of frames read back \
# with Pillow in `n_frames`. Label the axes, keep the figure in `fig`, and close it after saving."""
# domain = 'visualization'
# libraries = ['matplotlib', 'pandas']
# inputs = { weather = 'weather' }
# checks = [
#     "n_frames == weather.index.to_period('M').nunique()",
#     "gif_bytes[:6] == b'GIF89a' and len(gif_bytes) > 100",
#     'fig.number not in matplotlib.pyplot.get_fignums()',
#     # the closed figure keeps the last frame: the whole series
#     "np.allclose(figure_summary(fig).axes[0].lines_xy[0], np.column_stack([matplotlib.dates.date2num(weather.index), weather['temperature']]))",
#     "figure_summary(fig).axes[0].xlabel != '' and figure_summary(fig).axes[0].ylabel != ''",
# ]
# difficulty = 'advanced'
# tags = ['line-plot', 'time-series', 'figure-export']
# edge_cases = true
# ///
import tempfile
from pathlib import Path

import matplotlib.pyplot as plt
from matplotlib.animation import FuncAnimation, PillowWriter
from PIL import Image

temperature = weather["temperature"]
months = temperature.index.to_period("M").unique()

fig, ax = plt.subplots(figsize=(6, 3.5), dpi=60)
# drawing the full series once fixes the axis limits for every frame
(line,) = ax.plot(temperature.index, temperature.to_numpy())
ax.set_xlabel("date")
ax.set_ylabel("temperature (°C)")


def draw_month(month):
    shown = temperature[temperature.index.to_period("M") <= month]
    line.set_data(shown.index, shown.to_numpy())
    ax.set_title(f"Daily temperature up to {month.strftime('%B %Y')}")
    return (line,)


animation = FuncAnimation(fig, draw_month, frames=months, repeat=False)
with tempfile.TemporaryDirectory() as folder:
    path = Path(folder) / "temperature.gif"
    animation.save(path, writer=PillowWriter(fps=5))
    gif_bytes = path.read_bytes()
    with Image.open(path) as gif:
        n_frames = gif.n_frames
plt.close(fig)
