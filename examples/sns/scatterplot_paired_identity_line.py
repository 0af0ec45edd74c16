# /// example
# task = """
# The arrays `before` and `after` hold paired measurements of the same subjects. Scatter `after` \
# against `before` with seaborn's `scatterplot` on `fig, ax`, coloured by whether the subject's \
# value went down (`after < before`, hue labels "decreased" and "not decreased"), add the identity \
# line y = x as a dashed reference (`ax.axline((0, 0), slope=1)`, `linestyle="--"`) and give both axes the same \
# scale (`ax.set_aspect("equal")`), so points below the line are subjects whose value dropped. \
# Label the axes "before" and "after"."""
# prompt = """
# Paired data: `before` and `after` for the same subjects. Could you plot after vs before with \
# seaborn on `fig, ax`, colouring each subject by whether its value dropped (legend labels \
# "decreased" / "not decreased"), with a dashed (`"--"`) y = x reference line and equal axis scaling \
# so the diagonal really is 45 degrees? Axis labels "before" and "after"."""
# domain = 'visualization'
# libraries = ['seaborn', 'matplotlib', 'numpy']
# inputs = { before = 'paired.a', after = 'paired.b' }
# checks = [
#     'np.allclose(np.sort(np.vstack(figure_summary(fig).axes[0].scatter_xy), axis=0), np.sort(np.column_stack([before, after]), axis=0))',
#     # each point's colour is shared exactly by the subjects with the same decreased / not decreased status
#     '(lambda pts, fc: (lambda status: all(len({tuple(np.round(c, 4)) for c, s in zip(fc, status) if s == k}) == 1 for k in set(status)) and len({tuple(np.round(c, 4)) for c in fc}) == len(set(status)))([bool(np.any(np.isclose(pts[i], np.column_stack([before, after])).all(axis=1) & (after < before))) for i in range(len(pts))]))(ax.collections[0].get_offsets(), ax.collections[0].get_facecolors())',
#     'sorted(figure_summary(fig).axes[0].legend_labels) == sorted({"decreased" if d else "not decreased" for d in after < before})',
#     # a dashed reference line whose points all lie on y = x (axline stores (0, 0) and (1, 1))
#     'any(len(xy) >= 2 and np.allclose(xy[:, 0], xy[:, 1]) and np.ptp(xy[:, 0]) > 0 and ln.get_linestyle() == "--" for ln, xy in zip(ax.lines, figure_summary(fig).axes[0].lines_xy))',
#     'ax.get_aspect() == 1.0 and figure_summary(fig).axes[0].xlabel == "before" and figure_summary(fig).axes[0].ylabel == "after"',
# ]
# difficulty = 'basic'
# tags = ['scatter-plot', 'paired-samples', 'annotation']
# edge_cases = true
# ///
import matplotlib.pyplot as plt
import numpy as np
import seaborn as sns

status = np.where(after < before, "decreased", "not decreased")

fig, ax = plt.subplots(figsize=(4.5, 4.5))
sns.scatterplot(x=before, y=after, hue=status, ax=ax)
# axline extends y = x across the whole axes, whatever the limits end up being
ax.axline((0, 0), slope=1, color="gray", linestyle="--")
ax.set_aspect("equal")
ax.set(xlabel="before", ylabel="after", title="After vs before")
