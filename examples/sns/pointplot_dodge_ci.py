# /// example
# task = """
# Draw the mean `score` per `time` for each `condition` of the repeated-measures table `rm_long` \
# as a seaborn `pointplot` on `fig, ax`, with 95% bootstrap confidence intervals \
# (`errorbar=("ci", 95)`, `seed=0`), capped error bars, the conditions dodged apart, and \
# distinct markers ("o", "s", "^") and line styles per condition; label the x axis "Time" and \
# the y axis "Mean score" and add a title."""
# prompt = """
# Show the mean `score` per `time` for each `condition` of my long-format table `rm_long` as a \
# seaborn point plot on `fig, ax`, with capped 95% bootstrap confidence intervals (seed=0), the \
# conditions dodged apart, and distinct markers ("o", "s", "^") and line styles per condition. \
# Label the x axis "Time" and the y axis "Mean score" and add a title."""
# domain = 'visualization'
# libraries = ['seaborn', 'matplotlib']
# inputs = { rm_long = 'rm_long' }
# checks = [
#     # the marked lines hold the means; error bars carry no marker
#     "(lambda y: np.allclose(np.sort(y[~np.isnan(y)]), np.sort(rm_long.groupby(['condition', 'time'], observed=True)['score'].mean().dropna())))(np.concatenate([np.asarray(ln.get_ydata(), dtype=float) for ln in ax.lines if ln.get_marker() in ('o', 's', '^')]))",
#     # a distinct marker per condition
#     "len({ln.get_marker() for ln in ax.lines if ln.get_marker() in ('o', 's', '^')}) == rm_long['condition'].nunique()",
#     "(lambda shown: len(shown) == len(set(shown)) and set(shown) == set(rm_long['condition'].astype(str)))(list(figure_summary(fig).axes[0].legend_labels))",
#     "figure_summary(fig).axes[0].xlabel == 'Time' and figure_summary(fig).axes[0].ylabel == 'Mean score' and figure_summary(fig).axes[0].title != ''",
#     # dodged: the conditions' marked lines sit at different x positions
#     "len({tuple(np.round(np.asarray(ln.get_xdata(), dtype=float), 6)) for ln in ax.lines if ln.get_marker() in ('o', 's', '^') and len(ln.get_xdata())}) == rm_long['condition'].nunique()",
# ]
# difficulty = 'intermediate'
# tags = ['error-bars', 'confidence-interval', 'semantic-mapping']
# edge_cases = true
# ///
import matplotlib.pyplot as plt
import seaborn as sns

fig, ax = plt.subplots(figsize=(6, 4))
sns.pointplot(
    data=rm_long,
    x="time",
    y="score",
    hue="condition",
    errorbar=("ci", 95),
    seed=0,
    capsize=0.1,
    # dodging shifts each condition sideways so the error bars do not overlap
    dodge=0.3,
    markers=["o", "s", "^"],
    linestyles=["-", "--", ":"],
    ax=ax,
)
ax.set(xlabel="Time", ylabel="Mean score", title="Score over time by condition (95% CI)")
