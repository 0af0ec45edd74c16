# /// example
# task = """
# Draw a Shewhart control chart of the measurements `values` in their order on the Axes `ax` of \
# the figure `fig`: the values as a line against their index, a horizontal line at their mean, \
# a shaded horizontal band from mean - 1 to mean + 1 standard deviation (ddof=1), dashed \
# horizontal lines at mean - 3 and mean + 3 standard deviations (all three lines spanning at least \
# the first to the last index), and the points outside those \
# 3-sigma limits as a red scatter (store their positions in `out_of_control`, a 1-D integer \
# array). Label the axes and add a title."""
# prompt = """
# I'd like a control chart for my process measurements `values` (in time order) on `ax` in \
# `fig`: the series as a line over its index, the mean as a horizontal line, a shaded band for \
# mean +/- 1 standard deviation (sample SD, ddof=1), dashed limits at mean +/- 3 SD (the mean and \
# limit lines running at least from the first to the last sample), and the points beyond the 3-SD \
# limits marked in red. Keep the indices of those points in \
# `out_of_control` (integer array) and label the axes and title the chart."""
# domain = 'visualization'
# libraries = ['matplotlib', 'numpy']
# inputs = { values = 'values' }
# checks = [
#     '(lambda m, s: np.array_equal(out_of_control, np.flatnonzero(np.abs(values - m) > 3 * s)))(np.mean(values), np.std(values, ddof=1))',
#     'np.allclose(figure_summary(fig).axes[0].lines_xy[0], np.column_stack([np.arange(len(values)), values]))',
#     # the band's y extent in data units: a patch (axhspan) or a filled polygon collection (fill_between)
#     '(lambda m, s: any(np.allclose(sorted(set(np.round(v[:, 1], 9))), [round(m - s, 9), round(m + s, 9)]) for v in [p.get_path().transformed(p.get_patch_transform()).vertices for p in ax.patches] + [path.vertices for c in ax.collections if isinstance(c, matplotlib.collections.PolyCollection) for path in c.get_paths()]))(np.mean(values), np.std(values, ddof=1))',
#     # each horizontal line in data coordinates (axhline's x runs in axes units): the mean and both
#     # 3-SD limits, from the first index to the last at least; the limits dashed
#     '(fig.draw_without_rendering(), (lambda m, s, drawn: all(any(np.allclose(xy[:, 1], level) and xy[:, 0].min() <= 1e-6 and xy[:, 0].max() >= len(values) - 1 - 1e-6 and (dashed or level == m) for xy, dashed in drawn) for level in (m, m - 3 * s, m + 3 * s)))(np.mean(values), np.std(values, ddof=1), [(ax.transData.inverted().transform(line.get_transform().transform(line.get_xydata())), line.is_dashed()) for line in ax.lines[1:]] + [(ax.transData.inverted().transform(c.get_transform().transform(seg)), c.get_linestyle()[0][1] is not None) for c in ax.collections if isinstance(c, matplotlib.collections.LineCollection) for seg in c.get_segments()]))[1]',
#     '(lambda pts: (len(pts) == 0 and len(out_of_control) == 0) or np.allclose(np.concatenate(pts), np.column_stack([out_of_control, values[out_of_control]])))(figure_summary(fig).axes[0].scatter_xy)',
#     'ax.get_xlabel() != "" and ax.get_ylabel() != "" and ax.get_title() != ""',
# ]
# difficulty = 'intermediate'
# tags = ['annotation', 'line-plot', 'outliers', 'descriptive-statistics']
# edge_cases = { min_size = 2, why = 'a sample standard deviation (ddof=1) needs at least two measurements' }
# ///
import matplotlib.pyplot as plt
import numpy as np

mean = values.mean()
sd = values.std(ddof=1)
index = np.arange(len(values))
out_of_control = np.flatnonzero(np.abs(values - mean) > 3 * sd)

fig, ax = plt.subplots(figsize=(9, 4))
ax.plot(index, values, color="0.3", lw=1)
ax.axhline(mean, color="tab:blue")
# axhspan shades across the whole width between two y values
ax.axhspan(mean - sd, mean + sd, color="tab:blue", alpha=0.15)
ax.hlines(
    [mean - 3 * sd, mean + 3 * sd], index[0], index[-1], colors="tab:red", linestyles="dashed"
)
ax.scatter(out_of_control, values[out_of_control], color="red", zorder=3)
ax.set(xlabel="sample", ylabel="measurement", title="Control chart (mean, 1 SD band, 3 SD limits)")
