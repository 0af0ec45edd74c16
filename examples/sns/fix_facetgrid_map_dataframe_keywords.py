# /// example
# task = """
# `rm_long` is a long table of repeated measurements: each `subject` has a `score` at every \
# `time` under every `condition`. This code should make a `FacetGrid` `g` with one panel per \
# `condition`, drawing one thin line of `score` over `time` per subject (no averaging), but it \
# raises an error:
#
# ```python
# import seaborn as sns
#
# g = sns.FacetGrid(rm_long, col="condition", height=3)
# g.map(sns.lineplot, x="time", y="score", units="subject", estimator=None, linewidth=0.8)
# g.set_axis_labels("time", "score")
# ```
#
# ```text
# ValueError: Could not interpret value `time` for `x`. Value is a string, but `data` was not passed.
# ```
#
# Fix it."""
# prompt = """
# With my long-format table `rm_long` (`subject`, `condition`, `time`, `score`) I want a \
# `FacetGrid` `g` with a panel per `condition` and one line per subject showing `score` over \
# `time`, nothing averaged:
#
# ```python
# import seaborn as sns
#
# g = sns.FacetGrid(rm_long, col="condition", height=3)
# g.map(sns.lineplot, x="time", y="score", units="subject", estimator=None, linewidth=0.8)
# g.set_axis_labels("time", "score")
# ```
#
# ```text
# ValueError: Could not interpret value `time` for `x`. Value is a string, but `data` was not passed.
# ```
#
# The column names are right, so why can't it find them?"""
# task_type = 'fix'
# domain = 'visualization'
# libraries = ['seaborn', 'pandas', 'numpy']
# inputs = { rm_long = 'rm_long' }
# checks = [
#     'list(g.col_names) == list(rm_long["condition"].cat.categories[rm_long["condition"].cat.categories.isin(rm_long["condition"])])',
#     # per panel, one line per subject through that subject's (time, score) points in time order
#     'all(sorted(np.round(line, 6).tolist() for line in axes_summary(ax).lines_xy) == sorted(np.round(part.sort_values("time")[["time", "score"]].to_numpy(dtype=float), 6).tolist() for _, part in rm_long[rm_long["condition"] == level].groupby("subject")) for ax, level in zip(g.axes.flat, g.col_names))',
#     'all(axes_summary(ax).xlabel == "time" for ax in g.axes.flat)',
# ]
# difficulty = 'intermediate'
# tags = ['debugging', 'facets', 'line-plot', 'paired-samples']
# edge_cases = true
# ///
import seaborn as sns

g = sns.FacetGrid(rm_long, col="condition", height=3)
# map() passes columns positionally; map_dataframe() passes each panel's rows as data=
g.map_dataframe(sns.lineplot, x="time", y="score", units="subject", estimator=None, linewidth=0.8)
g.set_axis_labels("time", "score")
