# /// example
# task = """
# `rm_long` holds a `score` per `subject`, `condition` and `time`. Draw the mean `score` over \
# `time` per `condition` with seaborn `relplot` (kind "line", no error bars) as the grid `g`, \
# colouring by `condition` and also setting the line width by `condition` with `sizes` mapping \
# "control" to 1, "low" to 2.5 and "high" to 4 points; label the axes "Time" and "Mean score"."""
# prompt = """
# From my long table `rm_long` (`subject`, `condition`, `time`, `score`) I need a seaborn \
# `relplot` line chart `g` of the mean `score` against `time`, one line per `condition`, no error \
# bars. Colour by `condition` and make the lines thicker with dose: widths `1` for "control", \
# `2.5` for "low" and `4` for "high". Axis labels "Time" and "Mean score"."""
# domain = 'visualization'
# libraries = ['seaborn', 'matplotlib', 'pandas']
# inputs = { rm_long = 'rm_long' }
# checks = [
#     # each condition's line has its own width and runs through that condition's mean per time
#     "(lambda means, lines: all(np.allclose(lines[w][0], m.index.to_numpy(dtype=float)) and np.allclose(lines[w][1], m.to_numpy()) for c, w in {'control': 1.0, 'low': 2.5, 'high': 4.0}.items() for m in [means.loc[c]]))(rm_long.dropna(subset=['score']).groupby(['condition', 'time'], observed=True)['score'].mean(), {round(ln.get_linewidth(), 2): (ln.get_xdata(), ln.get_ydata()) for ln in g.ax.lines if len(ln.get_xdata()) > 0})",
#     "sum(len(ln.get_xdata()) > 0 for ln in g.ax.lines) == rm_long.dropna(subset=['score'])['condition'].nunique() and len(g.ax.collections) == 0",
#     "figure_summary(g).axes[0].xlabel == 'Time' and figure_summary(g).axes[0].ylabel == 'Mean score'",
# ]
# difficulty = 'intermediate'
# tags = ['line-plot', 'semantic-mapping', 'aggregation']
# edge_cases = true
# ///
import seaborn as sns

g = sns.relplot(
    data=rm_long,
    x="time",
    y="score",
    hue="condition",
    size="condition",
    # a dict pins each level's width; a (min, max) tuple would spread them by level order
    sizes={"control": 1, "low": 2.5, "high": 4},
    kind="line",
    errorbar=None,
    height=3,
    aspect=1.3,
)
g.set_axis_labels("Time", "Mean score")
