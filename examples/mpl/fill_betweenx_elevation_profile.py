# /// example
# task = """
# For the elevation grid `z` (rows follow the northing `y`, columns the easting `x`), plot on the \
# Axes `ax` of the figure `fig` the west-east mean elevation of each row against `y`, with \
# elevation on the horizontal axis and `y` on the vertical one, and shade between each row's \
# minimum and maximum elevation with `fill_betweenx`. Label the axes and add a title."""
# prompt = """
# I want a north-south profile of my terrain `z` (rows go with `y`, columns with `x`): for every \
# row, its mean elevation across x plotted against `y`, with `y` running up the vertical axis and \
# elevation along the horizontal one, plus a shaded band from the row's minimum to its maximum \
# (use `fill_betweenx`). Put it on `ax` in `fig` with axis labels and a title."""
# domain = 'visualization'
# libraries = ['matplotlib', 'numpy']
# inputs = { x = 'terrain.x', y = 'terrain.y', z = 'terrain.z' }
# checks = [
#     'np.allclose(figure_summary(fig).axes[0].lines_xy[0], np.column_stack([z.mean(axis=1), y]))',
#     # the band's outline passes through (row minimum, y) and (row maximum, y) for every row
#     '(lambda v: all(np.any(np.all(np.isclose(v, [lo, yy]), axis=1)) and np.any(np.all(np.isclose(v, [hi, yy]), axis=1)) for lo, hi, yy in zip(z.min(axis=1), z.max(axis=1), y)))(np.concatenate([p.vertices for c in ax.collections for p in c.get_paths()]))',
#     'ax.get_xlabel() != "" and ax.get_ylabel() != "" and ax.get_title() != ""',
# ]
# difficulty = 'basic'
# tags = ['filled-area', 'line-plot', 'descriptive-statistics']
# edge_cases = true
# ///
import matplotlib.pyplot as plt

row_mean = z.mean(axis=1)
fig, ax = plt.subplots(figsize=(4, 6))
# fill_betweenx shades horizontally between two x curves at each y
ax.fill_betweenx(y, z.min(axis=1), z.max(axis=1), color="tab:green", alpha=0.3)
ax.plot(row_mean, y, color="tab:green")
ax.set(xlabel="elevation (m)", ylabel="northing y (km)", title="North-south elevation profile")
