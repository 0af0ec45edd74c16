# /// example
# task = """
# Compare the three samples `a`, `b` and `c` with a seaborn `boxplot` on `fig, ax` (one box per \
# sample, labelled "a", "b", "c" on x), then restyle the axes with `sns.despine`: remove the top \
# and right spines, move the left and bottom spines 10 points away from the data \
# (`offset=10`, spine position `("outward", 10)`) and trim them to the outermost ticks \
# (`trim=True`; on x the category positions 0 to 2). Label the y axis "value"."""
# prompt = """
# Box plots of my three samples `a`, `b`, `c` with seaborn on `fig, ax`, x tick labels "a", "b", \
# "c", y label "value". I want the clean journal look: no top/right spines, the remaining spines \
# moved `("outward", 10)`, i.e. 10 points from the plot, and trimmed so they end at the first and \
# last ticks (categories 0 to 2 on x)."""
# domain = 'visualization'
# libraries = ['seaborn', 'matplotlib', 'numpy']
# inputs = { a = 'groups.a', b = 'groups.b', c = 'groups.c' }
# checks = [
#     'not ax.spines["top"].get_visible() and not ax.spines["right"].get_visible()',
#     'ax.spines["left"].get_position() == ("outward", 10) and ax.spines["bottom"].get_position() == ("outward", 10)',
#     # trimmed: the bottom spine runs from the first to the last category tick
#     'ax.spines["bottom"].get_bounds() is not None and np.allclose(ax.spines["bottom"].get_bounds(), (0, 2))',
#     '(lambda lo, hi: ax.spines["left"].get_bounds() is not None and np.allclose(ax.spines["left"].get_bounds(), (min(t for t in ax.get_yticks() if lo <= t <= hi), max(t for t in ax.get_yticks() if lo <= t <= hi))))(*sorted(ax.get_ylim()))',
#     'figure_summary(fig).axes[0].xticklabels == ["a", "b", "c"] and figure_summary(fig).axes[0].ylabel == "value"',
#     # the boxes: each median line sits at its sample median
#     'np.allclose(sorted(np.median(ln.get_ydata()) for ln in ax.lines if len(ln.get_ydata()) == 2 and ln.get_ydata()[0] == ln.get_ydata()[1] and abs(ln.get_xdata()[1] - ln.get_xdata()[0]) > 0.5 and np.isclose(ln.get_ydata()[0], [np.median(a), np.median(b), np.median(c)]).any()), sorted([np.median(a), np.median(b), np.median(c)]))',
# ]
# difficulty = 'basic'
# tags = ['box-plot', 'styling']
# edge_cases = true
# ///
import matplotlib.pyplot as plt
import seaborn as sns

fig, ax = plt.subplots(figsize=(5, 4))
sns.boxplot(data={"a": a, "b": b, "c": c}, ax=ax)
# offset detaches the spines from the data; trim ends them at the outermost ticks
sns.despine(ax=ax, offset=10, trim=True)
ax.set(ylabel="value", title="Three samples")
