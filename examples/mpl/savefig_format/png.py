# /// example
# task = """
# Plot the decay measurements (`x`, `y`) as points, label the axes and title, and save the figure \
# in the current directory as `path = Path("decay_curve.png")` (PNG format, inferred from the \
# file extension, at 200 dpi). Keep the figure in `fig`."""
# prompt = """
# I need my decay data `x`, `y` plotted as points, with labelled axes and a title, and written to \
# the current directory as a PNG at 200 dpi: `path = Path("decay_curve.png")`, with the format \
# inferred from the extension. Keep the figure in `fig`."""
# domain = 'visualization'
# libraries = ['matplotlib']
# inputs = { x = 'decay.x', y = 'decay.y' }
# checks = [
#     'path.exists() and path.stat().st_size > 0',
#     "path.read_bytes().startswith(b'\\x89PNG')",
#     "figure_summary(fig).axes[0].title != ''",
#     "figure_summary(fig).axes[0].xlabel != '' and figure_summary(fig).axes[0].ylabel != ''",
# ]
# difficulty = 'basic'
# tags = ['figure-export']
# family = 'mpl.savefig_format'
# edge_cases = true
# ///
from pathlib import Path

import matplotlib.pyplot as plt

path = Path("decay_curve.png")

fig, ax = plt.subplots()
ax.plot(x, y, "o", markersize=4)
ax.set_xlabel("time (s)")
ax.set_ylabel("signal")
ax.set_title("Exponential decay")
# raster: dpi sets the pixel size
fig.savefig(path, dpi=200)
