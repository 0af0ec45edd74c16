# /// example
# task = '''
# Write a function `label_panel_sizes` with the signature and docstring below, then use it on a
# seaborn `catplot` count plot of the answers to `q1` in the survey table `likert`, one panel per
# `group` (height 2), keeping the grid in `g`.
#
# ```python
# def label_panel_sizes(grid, data, col):
#     """Write the number of non-missing rows of `data` behind each panel of a
#     seaborn FacetGrid faceted by column `col` as "n = 12" in the panel's
#     upper-left corner (axes coordinates 0.03, 0.95). Panels whose level has
#     no rows get "n = 0". Returns the grid so calls can be chained.
#     """
# ```'''
# prompt = """
# Reviewers keep asking for sample sizes on my facet plots. Could you write \
# `label_panel_sizes(grid, data, col)`: for a seaborn FacetGrid faceted by column `col` of \
# `data`, put "n = <count>" (rows of that level, ignoring rows with missing values) in the \
# upper-left corner of each panel (axes coords 0.03, 0.95), "n = 0" for an empty panel, and \
# return the grid. Then make a `catplot` count plot of the `q1` answers in my `likert` survey, \
# one panel per `group` (height 2), label it, and keep it as `g`."""
# task_type = 'function'
# domain = 'visualization'
# libraries = ['seaborn', 'pandas']
# inputs = { likert = 'likert' }
# checks = [
#     'all(axes_summary(ax).texts == ["n = " + str(int(((likert["group"] == level) & likert.notna().all(axis=1)).sum()))] for level, ax in g.axes_dict.items())',
#     # a missing value drops its row; the text sits at the stated corner in axes coordinates
#     '(lambda df: (lambda grid: [axes_summary(ax).texts for ax in grid.axes.flat] == [["n = 2"], ["n = 1"]] and all(np.allclose(ax.texts[0].get_position(), (0.03, 0.95)) and ax.texts[0].get_transform() == ax.transAxes for ax in grid.axes.flat))(label_panel_sizes(seaborn.FacetGrid(df, col="k", col_order=["a", "b"]), df, "k")))(pd.DataFrame({"v": [1.0, 2.0, np.nan, 4.0], "k": ["a", "a", "b", "b"]}))',
#     # an unused category keeps its panel, labelled n = 0, and the same grid comes back
#     '(lambda df: (lambda grid: label_panel_sizes(grid, df, "k") is grid and [axes_summary(ax).texts for ax in grid.axes.flat] == [["n = 3"], ["n = 0"]])(seaborn.FacetGrid(df, col="k")))(pd.DataFrame({"v": [1.0, 2.0, 3.0], "k": pd.Categorical(["x", "x", "x"], categories=["x", "y"])}))',
#     # integer facet levels
#     '(lambda df: (lambda grid: [axes_summary(ax).texts for ax in grid.axes.flat] == [["n = 2"], ["n = 1"]])(label_panel_sizes(seaborn.FacetGrid(df, col="c", col_order=[1, 2]), df, "c")))(pd.DataFrame({"v": [5.0, 6.0, 7.0], "c": [1, 1, 2]}))',
# ]
# difficulty = 'intermediate'
# tags = ['reusable-function', 'facets', 'counting', 'missing-data']
# edge_cases = true
# ///
import seaborn as sns


def label_panel_sizes(grid, data, col):
    """Write the number of non-missing rows of `data` behind each panel of a
    seaborn FacetGrid faceted by column `col` as "n = 12" in the panel's
    upper-left corner (axes coordinates 0.03, 0.95). Panels whose level has
    no rows get "n = 0". Returns the grid so calls can be chained.
    """
    complete = data.dropna()
    for level, ax in grid.axes_dict.items():
        n = int((complete[col] == level).sum())
        # transAxes places the label at the same spot whatever the data range
        ax.text(0.03, 0.95, f"n = {n}", transform=ax.transAxes, va="top")
    return grid


g = sns.catplot(data=likert, x="q1", col="group", kind="count", height=2)
label_panel_sizes(g, likert, "group")
