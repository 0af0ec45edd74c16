# /// example
# task = """
# Draw box plots of `score` at each `time` in one panel per `condition` of the long-format \
# repeated-measures table `rm_long`, wrapped at 2 panels per row (`col_wrap=2`), with the \
# figure-level seaborn `catplot` (`kind="box"`); keep the grid in `g`, title each panel with the \
# bare condition name and label the axes "Time" and "Score"."""
# prompt = """
# I have repeated-measures data in long form, `rm_long` (`subject`, `condition`, `time`, `score`). \
# Using seaborn's figure-level categorical plot, show box plots of `score` per `time`, one panel \
# per `condition`, no more than 2 panels per row (`col_wrap=2`). Keep the grid in `g`, title the \
# panels with just the condition name and label the axes "Time" and "Score"."""
# domain = 'visualization'
# libraries = ['seaborn']
# inputs = { rm_long = 'rm_long' }
# checks = [
#     "(lambda shown: len(shown) == len(set(shown)) and set(rm_long.dropna(subset=['score'])['condition'].dropna().astype(str)) <= set(shown) <= set(rm_long['condition'].cat.categories.astype(str)))([ax.get_title() for ax in g.axes.flat]) and g.axes.ndim == 1 and len({round(ax.get_position().y0, 3) for ax in g.axes}) == -(-len(g.axes) // 2)",
#     # each box's median line sits at the median score of its (condition, time) cell
#     "np.allclose(sorted(float(np.mean(m.get_ydata())) for ax in g.axes.flat for c in ax.containers for m in c.medians), sorted(rm_long.dropna(subset=['score']).groupby(['condition', 'time'], observed=True)['score'].median()))",
#     "figure_summary(g.figure).axes[0].ylabel == 'Score' and figure_summary(g.figure).axes[-1].xlabel == 'Time'",
# ]
# difficulty = 'basic'
# tags = ['facets', 'parameter-choice']
# edge_cases = true
# ///
import seaborn as sns

# col_wrap lays the condition panels out in rows of two instead of one long row
g = sns.catplot(
    data=rm_long, x="time", y="score", col="condition", col_wrap=2, kind="box", height=2.5
)
g.set_titles("{col_name}")
g.set_axis_labels("Time", "Score")
