# /// example
# task = """
# Scatter the paired measurements `after` against `before` and add the identity line y = x with \
# `axline` (dashed gray, label "no change"), so points below it improved; use an equal aspect \
# ratio, legend entries "subjects" and "no change", axes labels and a title. Keep the figure in \
# `fig` and its Axes in `ax`."""
# prompt = """
# I have paired measurements `before` and `after` for each subject. Scatter `after` against \
# `before` and add the infinite identity line y = x (dashed gray, labelled "no change") so that \
# points below it are the ones that improved; use an equal aspect ratio, legend entries \
# "subjects" and "no change", axis labels and a title. Keep the figure in `fig` and the Axes in \
# `ax`."""
# domain = 'visualization'
# libraries = ['matplotlib']
# inputs = { before = 'paired.a', after = 'paired.b' }
# checks = [
#     "figure_summary(fig).axes[0].legend_labels == ['subjects', 'no change']",
#     'figure_summary(fig).axes[0].n_lines == 1',
#     # `after` on the y axis against `before` on the x axis
#     'np.allclose(figure_summary(fig).axes[0].scatter_xy[0], np.column_stack([before, after]), equal_nan=True)',
#     'ax.get_aspect() == 1.0',
#     "figure_summary(fig).axes[0].xlabel != '' and figure_summary(fig).axes[0].ylabel != ''",
#     # the identity line: an AxLine through (t, t) with slope 1 or a second point (s, s), dashed, in a gray
#     "type(ax.lines[0]).__name__ == 'AxLine' and np.isclose(*ax.lines[0].get_xy1()) and (ax.lines[0].get_slope() == 1 if ax.lines[0].get_xy2() is None else np.isclose(*ax.lines[0].get_xy2()))",
#     "ax.lines[0].get_linestyle() == '--' and (lambda r, g, b: r == g == b and 0.15 <= r <= 0.9)(*matplotlib.colors.to_rgb(ax.lines[0].get_color()))",
#     "figure_summary(fig).axes[0].title != ''",
# ]
# difficulty = 'basic'
# tags = ['annotation', 'paired-samples']
# edge_cases = true
# ///
import matplotlib.pyplot as plt

fig, ax = plt.subplots()
ax.scatter(before, after, label="subjects")
# axline extends to the view limits whatever they become
ax.axline((before.mean(), before.mean()), slope=1, color="gray", linestyle="--", label="no change")
ax.set_aspect("equal", adjustable="datalim")
ax.set_xlabel("before")
ax.set_ylabel("after")
ax.set_title("Paired measurements")
ax.legend()
