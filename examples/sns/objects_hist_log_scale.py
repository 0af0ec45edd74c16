# /// example
# task = """
# With the seaborn objects interface (`seaborn.objects`), draw a histogram of the positive, \
# right-skewed sample `skewed` as bars (`so.Bar()`) of counts from `so.Hist(bins=20)` on a \
# logarithmic x axis set with `.scale(x="log")`, so the 20 bins are equally wide in log space; \
# label the axes "Value (log scale)" and "Count" and a title through `.label(...)`, and draw it \
# onto `fig, ax` with `.on(ax)`."""
# prompt = """
# My sample `skewed` is positive with a long right tail. Using seaborn's objects interface, plot \
# a 20-bin count histogram of it as bars with a logarithmic x scale, so the bins are equally wide \
# in log space rather than in the raw values. Label the axes "Value (log scale)" and "Count", add \
# a title, and draw it onto my existing `fig, ax`."""
# domain = 'visualization'
# libraries = ['seaborn', 'matplotlib', 'numpy']
# inputs = { skewed = 'skewed' }
# checks = [
#     # seaborn's log scale is a function scale: each decade takes the same screen distance
#     '(lambda t: np.isclose(t[1] - t[0], t[2] - t[1]) and t[1] > t[0])(ax.xaxis.get_transform().transform(np.array([1.0, 10.0, 100.0])))',
#     # each bar's middle in log10 space is the centre of a log-spaced bin; empty bins draw no bar
#     "(lambda counts, edges, bars: np.allclose(sorted((np.log10(p.get_x()) + np.log10(p.get_x() + p.get_width())) / 2 for p in bars), ((edges[:-1] + edges[1:]) / 2)[counts > 0]))(*np.histogram(np.log10(skewed), bins=20), ax.patches)",
#     "(lambda counts, bars: np.allclose([p.get_height() for p in sorted(bars, key=lambda p: p.get_x())], counts[counts > 0]))(np.histogram(np.log10(skewed), bins=20)[0], ax.patches)",
#     "figure_summary(fig).axes[0].xlabel == 'Value (log scale)' and figure_summary(fig).axes[0].ylabel == 'Count' and figure_summary(fig).axes[0].title != ''",
# ]
# difficulty = 'intermediate'
# tags = ['histogram', 'log-scale']
# edge_cases = true
# ///
import matplotlib.pyplot as plt
import seaborn.objects as so

fig, ax = plt.subplots()
(
    so.Plot(x=skewed)
    # with a log scale, Hist places its bins on the log of the values
    .add(so.Bar(), so.Hist(bins=20))
    .scale(x="log")
    .label(x="Value (log scale)", y="Count", title="Skewed sample on a log axis")
    .on(ax)
    .plot()
)
