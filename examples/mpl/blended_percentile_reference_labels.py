# /// example
# task = """
# Plot the `sensor_a` channel of `sensor` over its dates, draw dashed ("--") horizontal lines at its \
# 10th and 90th percentiles (missing readings ignored), and write "P10" and "P90" next to the \
# lines at the right edge of the plot: each text at x = 0.99 in axes coordinates (so it stays \
# at the edge whatever the date range) and at its percentile's y in data coordinates, using a \
# blended transform. Keep the figure in `fig` and its Axes in `ax`, with axis labels."""
# prompt = """
# In my `sensor` table I plot `sensor_a` against the date index and mark its 10th and 90th \
# percentiles (ignoring missing readings) with dashed ("--") horizontal lines. I want the labels "P10" \
# and "P90" glued to the right edge, at 0.99 of the axes width, but at the right height in data \
# units; I think that needs a blended transform (axes x, data y). Keep `fig` and `ax`, label the \
# axes."""
# domain = 'visualization'
# libraries = ['matplotlib', 'pandas']
# inputs = { sensor = 'sensor' }
# checks = [
#     'np.allclose(figure_summary(fig).axes[0].lines_xy[0][:, 1], sensor["sensor_a"].to_numpy(), equal_nan=True)',
#     'sorted(figure_summary(fig).axes[0].texts) == ["P10", "P90"]',
#     # each label: x at 0.99 of the axes width, y at its percentile in data units
#     'all((lambda disp: np.isclose(ax.transAxes.inverted().transform(disp)[0], 0.99) and np.isclose(ax.transData.inverted().transform(disp)[1], sensor["sensor_a"].quantile(0.1 if t.get_text() == "P10" else 0.9), equal_nan=True))(t.get_transform().transform(t.get_position())) for t in ax.texts)',
#     # the dashed percentile lines
#     'sorted(np.round([ln.get_ydata()[0] for ln in ax.lines if ln.get_linestyle() == "--"], 9).tolist()) == sorted(np.round([sensor["sensor_a"].quantile(0.1), sensor["sensor_a"].quantile(0.9)], 9).tolist()) or sensor["sensor_a"].isna().all()',
#     'figure_summary(fig).axes[0].xlabel != "" and figure_summary(fig).axes[0].ylabel != ""',
# ]
# difficulty = 'intermediate'
# tags = ['annotation', 'time-series', 'quantiles']
# edge_cases = true
# ///
import matplotlib.pyplot as plt
import matplotlib.transforms as mtransforms

channel = sensor["sensor_a"]
fig, ax = plt.subplots(figsize=(6, 3.5))
ax.plot(channel.index, channel.to_numpy())

# x from the axes box (0..1), y from the data: the labels stay at the right edge
edge_transform = mtransforms.blended_transform_factory(ax.transAxes, ax.transData)
for name, q in (("P10", 0.1), ("P90", 0.9)):
    level = channel.quantile(q)
    ax.axhline(level, linestyle="--", color="gray")
    ax.text(0.99, level, name, transform=edge_transform, ha="right", va="bottom")
ax.set(xlabel="date", ylabel="sensor_a reading")
