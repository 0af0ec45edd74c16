# /// example
# task = """
# This code plots the points `x`, `y` on `fig, ax` and should add a horizontal red segment at \
# the mean of the `y` values whose `x` lies between 2 and 6 (inclusive), drawn from x = 2 to \
# x = 6 in data units. It runs, but the segment is drawn over the wrong span:
#
# ```python
# import matplotlib.pyplot as plt
#
# window = (x >= 2) & (x <= 6)
# level = y[window].mean()
# fig, ax = plt.subplots()
# ax.plot(x, y, "o", markersize=3)
# ax.axhline(level, xmin=2, xmax=6, color="red")
# ax.set(xlabel="x", ylabel="y", title="Mean level between x = 2 and 6")
# ```
#
# Fix it; keep the mean in `level`."""
# prompt = """
# I'm marking the average of `y` over the window 2 <= `x` <= 6 with a red horizontal segment \
# that should run from x = 2 to x = 6 on `fig, ax`, but the segment isn't where I asked:
#
# ```python
# import matplotlib.pyplot as plt
#
# window = (x >= 2) & (x <= 6)
# level = y[window].mean()
# fig, ax = plt.subplots()
# ax.plot(x, y, "o", markersize=3)
# ax.axhline(level, xmin=2, xmax=6, color="red")
# ax.set(xlabel="x", ylabel="y", title="Mean level between x = 2 and 6")
# ```
#
# Keep the mean as `level`."""
# task_type = 'fix'
# domain = 'visualization'
# libraries = ['matplotlib', 'numpy']
# inputs = { x = 'line.x', y = 'line.y' }
# checks = [
#     'np.isclose(level, y[(x >= 2) & (x <= 6)].mean())',
#     # the red segment in data coordinates: from (2, level) to (6, level)
#     '(lambda segs: len(segs) == 1 and np.allclose(sorted(segs[0][:, 0]), [2, 6]) and np.allclose(segs[0][:, 1], y[(x >= 2) & (x <= 6)].mean()))([ax.transData.inverted().transform(ln.get_transform().transform(ln.get_xydata())) for ln in ax.lines if matplotlib.colors.to_hex(ln.get_color()) == matplotlib.colors.to_hex("red")] + [s for c in ax.collections for s in c.get_segments() if len(c.get_colors()) and matplotlib.colors.to_hex(c.get_colors()[0]) == matplotlib.colors.to_hex("red")])',
#     'np.allclose(figure_summary(fig).axes[0].lines_xy[0], np.column_stack([x, y]))',
# ]
# difficulty = 'basic'
# tags = ['debugging', 'line-plot', 'annotation']
# edge_cases = true
# ///
import matplotlib.pyplot as plt

window = (x >= 2) & (x <= 6)
level = y[window].mean()
fig, ax = plt.subplots()
ax.plot(x, y, "o", markersize=3)
# axhline's xmin/xmax are fractions of the axes width; hlines takes data coordinates
ax.hlines(level, 2, 6, color="red")
ax.set(xlabel="x", ylabel="y", title="Mean level between x = 2 and 6")
