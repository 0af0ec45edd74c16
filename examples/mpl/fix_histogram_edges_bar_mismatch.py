# /// example
# task = """
# This code bins the sample `values` into 15 bins with NumPy and draws the counts as touching \
# bars on `fig, ax`, each bar spanning its bin, but it fails:
#
# ```python
# import matplotlib.pyplot as plt
# import numpy as np
#
# counts, edges = np.histogram(values, bins=15)
# fig, ax = plt.subplots()
# ax.bar(edges, counts)
# ax.set(xlabel="value", ylabel="count", title="Distribution of values")
# ```
#
# ```text
# ValueError: shape mismatch: objects cannot be broadcast to a single shape.  Mismatch is between 'x' with shape (16,) and 'height' with shape (15,).
# ```
#
# Fix it; keep `counts` and `edges`."""
# prompt = """
# I computed a 15-bin histogram of `values` with np.histogram and want to draw the `counts` as \
# bars that fill their bins exactly (between consecutive `edges`) on `fig, ax`, but:
#
# ```python
# import matplotlib.pyplot as plt
# import numpy as np
#
# counts, edges = np.histogram(values, bins=15)
# fig, ax = plt.subplots()
# ax.bar(edges, counts)
# ax.set(xlabel="value", ylabel="count", title="Distribution of values")
# ```
#
# ```text
# ValueError: shape mismatch: objects cannot be broadcast to a single shape.  Mismatch is between 'x' with shape (16,) and 'height' with shape (15,).
# ```"""
# task_type = 'fix'
# domain = 'visualization'
# libraries = ['matplotlib', 'numpy']
# inputs = { values = 'values' }
# checks = [
#     'np.array_equal(counts, np.histogram(values, bins=15)[0]) and np.allclose(edges, np.histogram(values, bins=15)[1])',
#     # one bar per bin, spanning exactly the bin
#     'np.allclose(figure_summary(fig).axes[0].bar_heights[0], np.histogram(values, bins=15)[0]) and np.allclose(figure_summary(fig).axes[0].bar_edges[0], np.histogram(values, bins=15)[1])',
# ]
# difficulty = 'basic'
# tags = ['debugging', 'histogram', 'bar-chart']
# edge_cases = true
# ///
import matplotlib.pyplot as plt
import numpy as np

counts, edges = np.histogram(values, bins=15)
fig, ax = plt.subplots()
# 16 edges bound 15 bins: start each bar at its left edge and make it one bin wide
ax.bar(edges[:-1], counts, width=np.diff(edges), align="edge")
ax.set(xlabel="value", ylabel="count", title="Distribution of values")
