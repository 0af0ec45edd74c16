# /// example
# task = """
# This code should draw one panel per `condition` of the long table `rm_long` with the \
# individual `score` values against `time` (`relplot`, scatter), and title each panel \
# "condition: <name>" (e.g. "condition: low"), keeping the grid in `g`, but it raises an error:
#
# ```python
# import seaborn as sns
#
# g = sns.relplot(data=rm_long, x="time", y="score", col="condition", height=2)
# g.set_titles("{col_var}: {col}")
# ```
#
# ```text
# KeyError: 'col'
# ```
#
# Fix it."""
# prompt = """
# I scatter `score` against `time` from my `rm_long` table with `relplot`, one panel per \
# `condition`, and want titles like "condition: low"; grid in `g`. Setting the titles fails:
#
# ```python
# import seaborn as sns
#
# g = sns.relplot(data=rm_long, x="time", y="score", col="condition", height=2)
# g.set_titles("{col_var}: {col}")
# ```
#
# ```text
# KeyError: 'col'
# ```"""
# task_type = 'fix'
# domain = 'visualization'
# libraries = ['seaborn', 'numpy']
# inputs = { rm_long = 'rm_long' }
# checks = [
#     '[ax.get_title() for ax in g.axes.flat] == [f"condition: {c}" for c in rm_long["condition"].cat.categories]',
#     'all(sorted(map(tuple, axes_summary(ax).scatter_xy[0])) == sorted(map(tuple, rm_long.loc[rm_long["condition"] == c, ["time", "score"]].to_numpy())) for c, ax in g.axes_dict.items())',
# ]
# difficulty = 'basic'
# tags = ['debugging', 'facets', 'scatter-plot']
# edge_cases = true
# ///
import seaborn as sns

g = sns.relplot(data=rm_long, x="time", y="score", col="condition", height=2)
# the template fields are {col_var} and {col_name}; there is no {col}
g.set_titles("{col_var}: {col_name}")
