# /// example
# task = """
# Plot a 30-bin histogram of `values`, then try to save it as \
# `requested = Path("histogram.tiff2")`, an unsupported format that makes `savefig` raise \
# ValueError: catch it, keep the message in `error_message`, and save a PNG with the same stem \
# instead; the file actually written is `saved_path` (a `Path`). Label the axes and title, and \
# keep the figure in `fig`."""
# prompt = """
# After plotting a 30-bin histogram of `values` (axis labels and a title, figure kept in `fig`), \
# I try to save it as `requested = Path("histogram.tiff2")`, but that format isn't supported and \
# saving raises a ValueError. Catch it, keep the message in `error_message`, and save a PNG with \
# the same stem instead; store the path actually written in `saved_path` as a Path."""
# domain = 'visualization'
# libraries = ['matplotlib']
# inputs = { values = 'values' }
# checks = [
#     "saved_path == requested.with_suffix('.png') and saved_path.exists()",
#     'not requested.exists()',
#     "error_message is not None and 'tiff2' in error_message",
#     'np.allclose(figure_summary(fig).axes[0].bar_heights[0], np.histogram(values, bins=30)[0])',
#     "figure_summary(fig).axes[0].xlabel != '' and figure_summary(fig).axes[0].ylabel != ''",
# ]
# difficulty = 'intermediate'
# tags = ['error-handling', 'figure-export']
# edge_cases = true
# ///
from pathlib import Path

import matplotlib.pyplot as plt

fig, ax = plt.subplots()
ax.hist(values, bins=30)
ax.set_xlabel("value")
ax.set_ylabel("count")
ax.set_title("Distribution of values")

requested = Path("histogram.tiff2")
error_message = None
# savefig infers the format from the suffix and raises ValueError for one no backend writes,
# before any file is created
try:
    fig.savefig(requested)
    saved_path = requested
except ValueError as err:
    error_message = str(err)
    saved_path = requested.with_suffix(".png")
    fig.savefig(saved_path)
