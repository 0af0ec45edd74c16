# /// example
# task = """
# Plot the decay measurements (`x`, `y`) as points, label the axes and title, and save the figure \
# in the current directory as `path = Path("decay_curve.pdf")` (PDF format, inferred from the \
# file extension). Keep the figure in `fig`."""
# prompt = """
# Plot the decay measurements `x`, `y` as points with axis labels and a title, and save the \
# figure in the current directory to `path = Path("decay_curve.pdf")`, letting the file extension \
# decide the (PDF) format. Keep the figure in `fig`."""
# domain = 'visualization'
# libraries = ['matplotlib']
# inputs = { x = 'decay.x', y = 'decay.y' }
# checks = [
#     'path.exists() and path.stat().st_size > 0',
#     "path.read_bytes().startswith(b'%PDF')",
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

path = Path("decay_curve.pdf")

fig, ax = plt.subplots()
ax.plot(x, y, "o", markersize=4)
ax.set_xlabel("time (s)")
ax.set_ylabel("signal")
ax.set_title("Exponential decay")
# vector: scales without pixelation, ideal for papers
fig.savefig(path)
