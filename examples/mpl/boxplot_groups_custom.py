# /// example
# task = """
# Draw side-by-side box plots of the three samples `a`, `b` and `c` with filled boxes coloured \
# "#66c2a5", "#fc8d62" and "#8da0cb", means shown as markers, and x tick labels "A", "B", "C"; \
# keep the dict returned by `boxplot` in `parts`. Label the axes and add a title. Keep the figure \
# in `fig`."""
# prompt = """
# Please draw side-by-side box plots of my three samples `a`, `b` and `c` with filled boxes \
# coloured "#66c2a5", "#fc8d62" and "#8da0cb", the means shown as markers, and x tick labels "A", \
# "B", "C". Keep the dict that the box plot call returns in `parts`, label the axes, add a title, \
# and keep the figure in `fig`."""
# domain = 'visualization'
# libraries = ['matplotlib']
# inputs = { a = 'groups.a', b = 'groups.b', c = 'groups.c' }
# checks = [
#     "len(parts['boxes']) == 3",
#     "np.allclose([m.get_ydata()[0] for m in parts['medians']], [np.median(a), np.median(b), np.median(c)])",
#     "figure_summary(fig).axes[0].xticklabels == ['A', 'B', 'C']",
#     "parts['boxes'][1].get_facecolor()[:3] == (252 / 255, 141 / 255, 98 / 255)",
#     "figure_summary(fig).axes[0].xlabel != '' and figure_summary(fig).axes[0].ylabel != ''",
#     # the means are drawn as markers (showmeans) at each sample's mean
#     "len(parts['means']) == 3 and np.allclose([m.get_ydata()[0] for m in parts['means']], [np.mean(a), np.mean(b), np.mean(c)]) and all(m.get_marker() not in ('None', '', ' ', None) for m in parts['means'])",
#     "[matplotlib.colors.to_hex(box.get_facecolor()) for box in parts['boxes']] == ['#66c2a5', '#fc8d62', '#8da0cb']",
#     "figure_summary(fig).axes[0].title != ''",
# ]
# difficulty = 'basic'
# tags = ['box-plot', 'styling']
# edge_cases = true
# ///
import matplotlib.pyplot as plt

fig, ax = plt.subplots()
# patch_artist=True draws the boxes as patches, which can be filled; the default lines cannot
parts = ax.boxplot([a, b, c], patch_artist=True, showmeans=True)
for box, color in zip(parts["boxes"], ["#66c2a5", "#fc8d62", "#8da0cb"], strict=True):
    box.set_facecolor(color)
ax.set_xlabel("group")
ax.set_ylabel("measurement")
ax.set_title("Measurements by group")
ax.set_xticks([1, 2, 3], labels=["A", "B", "C"])
