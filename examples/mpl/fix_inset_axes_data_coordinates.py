# /// example
# task = """
# This code should plot the decay curve `x`, `y` on `ax` (x limits 0 to 10, y limits 0 to 7) \
# and put an inset `inset` over the empty upper-right region, covering x 5 to 9 and y 3.5 to \
# 6.5 in the main plot's data units, that zooms into the tail (the points with `x >= 6`). It \
# runs, but the inset ends up far outside the plot:
#
# ```python
# import matplotlib.pyplot as plt
#
# fig, ax = plt.subplots(figsize=(7, 4))
# ax.plot(x, y, "o-", markersize=3)
# ax.set(xlim=(0, 10), ylim=(0, 7), xlabel="time (s)", ylabel="signal", title="Decay")
# inset = ax.inset_axes([5, 3.5, 4, 3])
# tail = x >= 6
# inset.plot(x[tail], y[tail], "o-", markersize=3)
# ```
#
# Fix it so the inset covers that data rectangle; keep the figure in `fig`."""
# prompt = """
# I want a zoom on the tail of my decay curve `x`, `y` (the points with `x >= 6`) as an inset \
# `inset` sitting in the empty top-right part of `ax`, which shows x 0 to 10 and y 0 to 7. The \
# inset should cover x 5 to 9 and y 3.5 to 6.5 of the main plot's data, but with this it lands \
# somewhere off the figure:
#
# ```python
# import matplotlib.pyplot as plt
#
# fig, ax = plt.subplots(figsize=(7, 4))
# ax.plot(x, y, "o-", markersize=3)
# ax.set(xlim=(0, 10), ylim=(0, 7), xlabel="time (s)", ylabel="signal", title="Decay")
# inset = ax.inset_axes([5, 3.5, 4, 3])
# tail = x >= 6
# inset.plot(x[tail], y[tail], "o-", markersize=3)
# ```
#
# Keep the figure as `fig`. Why is it misplaced?"""
# task_type = 'fix'
# domain = 'visualization'
# libraries = ['matplotlib', 'numpy']
# inputs = { x = 'decay.x', y = 'decay.y' }
# checks = [
#     'inset in ax.child_axes and ax.get_xlim() == (0.0, 10.0) and ax.get_ylim() == (0.0, 7.0)',
#     # after a draw the inset's corners in figure fractions are the data corners (5, 3.5) and (9, 6.5) mapped through ax
#     '(fig.draw_without_rendering(), np.allclose(inset.get_position().get_points(), fig.transFigure.inverted().transform(ax.transData.transform([(5, 3.5), (9, 6.5)])), atol=1e-6))[1]',
#     'np.allclose(axes_summary(inset).lines_xy[0], np.column_stack([x[x >= 6], y[x >= 6]]))',
#     'np.allclose(axes_summary(ax).lines_xy[0], np.column_stack([x, y]))',
# ]
# difficulty = 'advanced'
# tags = ['debugging', 'subplots', 'line-plot']
# edge_cases = true
# ///
import matplotlib.pyplot as plt

fig, ax = plt.subplots(figsize=(7, 4))
ax.plot(x, y, "o-", markersize=3)
ax.set(xlim=(0, 10), ylim=(0, 7), xlabel="time (s)", ylabel="signal", title="Decay")
# inset_axes reads its bounds as fractions of the Axes unless told they are data coordinates
inset = ax.inset_axes([5, 3.5, 4, 3], transform=ax.transData)
tail = x >= 6
inset.plot(x[tail], y[tail], "o-", markersize=3)
