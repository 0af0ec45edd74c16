# /// example
# task = """
# Reshape the survey answers `q1` ... `q5` of the DataFrame `likert` to long form and draw the count \
# of each `answer` split by `group` (hue) in one panel per `question`, wrapped at 3 panels per row \
# (`col_wrap=3`), with the figure-level seaborn `catplot` (`kind="count"`); keep the grid in `g` \
# and label the axes "Answer" and "Respondents"."""
# prompt = """
# My survey table `likert` has answers `q1` to `q5` (1-5) and a `group` column. Make one count \
# panel per question with seaborn's figure-level categorical plot, bars coloured by `group`, at \
# most 3 panels per row (`col_wrap=3`). Keep the grid in `g` and label the axes "Answer" and \
# "Respondents"."""
# domain = 'visualization'
# libraries = ['seaborn', 'pandas']
# inputs = { likert = 'likert' }
# checks = [
#     "g.axes.ndim == 1 and len(g.axes) == len([c for c in likert.columns if c.startswith('q')]) and len({round(ax.get_position().y0, 3) for ax in g.axes}) == -(-len(g.axes) // 3)",
#     "sorted(round(b.get_height()) for ax in g.axes for c in ax.containers for b in c if b.get_height() > 0) == sorted(likert.melt(id_vars='group', value_vars=['q1', 'q2', 'q3', 'q4', 'q5']).dropna().groupby(['variable', 'value', 'group'], observed=True).size().tolist())",
#     "figure_summary(g.figure).axes[0].ylabel == 'Respondents' and figure_summary(g.figure).axes[-1].xlabel == 'Answer'",
# ]
# difficulty = 'basic'
# tags = ['facets', 'semantic-mapping']
# edge_cases = true
# ///
import seaborn as sns

answers = likert.melt(
    id_vars=["respondent", "group"],
    value_vars=["q1", "q2", "q3", "q4", "q5"],
    var_name="question",
    value_name="answer",
)
# col_wrap folds the five question panels into rows of three; g.axes is then a flat array
g = sns.catplot(
    data=answers, x="answer", hue="group", col="question", col_wrap=3, kind="count", height=2.5
)
g.set_axis_labels("Answer", "Respondents")
