# /// example
# task = """
# From the long table `rm_long` (`subject`, `condition` control/low/high, `time` 1-3, `score`), \
# draw with seaborn's `pointplot` on `fig, ax` the median `score` at each `time`, one line per \
# `condition`, without error bars, telling the conditions apart in black and white too: markers \
# "o", "s", "^" and line styles "-", "--", ":" for control, low and high. Label the axes "time" \
# and "median score"."""
# prompt = """
# Using seaborn, plot the median `score` per `time` for each `condition` of my `rm_long` data on \
# `fig, ax`, no error bars. It will be printed in greyscale, so give control, low and high the \
# markers "o", "s", "^" and line styles "-", "--", ":" respectively. Axis labels "time" and \
# "median score"."""
# domain = 'visualization'
# libraries = ['seaborn', 'matplotlib', 'pandas']
# inputs = { rm_long = 'rm_long' }
# checks = [
#     # one drawn line per condition, at its medians, with its marker and line style
#     '(lambda lines, med: all(any(ln.get_marker() == mk and ln.get_linestyle() == ls and np.allclose(ln.get_ydata(), med.loc[c].to_numpy()) for ln in lines) for c, mk, ls in zip(["control", "low", "high"], ["o", "s", "^"], ["-", "--", ":"])))([ln for ln in ax.lines if len(ln.get_xdata())], rm_long.groupby(["condition", "time"], observed=True)["score"].median())',
#     'figure_summary(fig).axes[0].n_errorbars == 0 and not [c for c in ax.collections if isinstance(c, matplotlib.collections.LineCollection)] and all(len(ln.get_xdata()) in (0, rm_long["time"].nunique()) for ln in ax.lines)',
#     'figure_summary(fig).axes[0].xlabel == "time" and figure_summary(fig).axes[0].ylabel == "median score"',
# ]
# difficulty = 'intermediate'
# tags = ['line-styles', 'semantic-mapping', 'aggregation']
# edge_cases = true
# ///
import matplotlib.pyplot as plt
import seaborn as sns

fig, ax = plt.subplots(figsize=(6, 4))
sns.pointplot(
    rm_long,
    x="time",
    y="score",
    hue="condition",
    hue_order=["control", "low", "high"],
    estimator="median",
    errorbar=None,
    # markers and linestyles are matched to the hue levels in hue_order
    markers=["o", "s", "^"],
    linestyles=["-", "--", ":"],
    ax=ax,
)
ax.set(xlabel="time", ylabel="median score", title="Median score over time")
