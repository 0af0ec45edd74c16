# /// example
# task = '''
# Write a function `points_per_panel` with the signature and docstring below, then use it on a
# seaborn `relplot` scatter of `score` against `time` of the long table `rm_long` with one panel
# per `condition` (height 2), keeping the grid in `g` and the counts in `counts`.
#
# ```python
# def points_per_panel(grid):
#     """Count the scatter points a seaborn FacetGrid drew in each panel.
#     Returns a dict mapping each key of `grid.axes_dict` (a facet level, or a
#     (row, col) tuple when both are faceted) to the number of points in that
#     panel's marker collections; a panel with no points maps to 0.
#     """
# ```'''
# prompt = """
# To sanity-check facet plots I want `points_per_panel(grid)`: given a seaborn FacetGrid (from \
# `relplot`, `FacetGrid.map` etc.), return a dict from each key of the grid's `axes_dict` to the \
# number of scatter points drawn in that panel, 0 for an empty panel. Then scatter `score` vs \
# `time` of my `rm_long` with `relplot`, one panel per `condition` (height 2), keep it in `g` \
# and the counts in `counts`."""
# task_type = 'function'
# domain = 'visualization'
# libraries = ['seaborn', 'matplotlib']
# inputs = { rm_long = 'rm_long' }
# checks = [
#     'counts == {c: int((rm_long["condition"] == c).sum()) for c in rm_long["condition"].cat.categories}',
#     # row and column facets give tuple keys; an empty cell counts 0
#     'points_per_panel(seaborn.relplot(data=pd.DataFrame({"x": [1.0, 2.0, 3.0, 4.0, 5.0], "y": [1.0, 0.0, 2.0, 1.0, 3.0], "r": ["u", "u", "v", "u", "u"], "c": ["a", "b", "a", "a", "b"]}), x="x", y="y", row="r", col="c", height=1.5)) == {("u", "a"): 2, ("u", "b"): 2, ("v", "a"): 1, ("v", "b"): 0}',
#     # hue splits a panel into several collections: they are summed
#     'points_per_panel(seaborn.relplot(data=pd.DataFrame({"x": [1.0, 2.0, 3.0, 4.0], "y": [2.0, 1.0, 2.0, 0.0], "c": ["p", "p", "p", "q"], "h": ["m", "n", "m", "n"]}), x="x", y="y", col="c", hue="h", height=1.5)) == {"p": 3, "q": 1}',
#     # FacetGrid.map with plt.scatter and a hue draws one collection per hue level
#     '(lambda grid: [grid.map(matplotlib.pyplot.scatter, "x", "y"), points_per_panel(grid)][1] == {1: 1, 2: 3})(seaborn.FacetGrid(pd.DataFrame({"x": [0.0, 1.0, 2.0, 3.0], "y": [1.0, 1.0, 1.0, 1.0], "k": [1, 2, 2, 2], "h": ["s", "s", "t", "t"]}), col="k", hue="h", height=1.5))',
# ]
# difficulty = 'intermediate'
# tags = ['reusable-function', 'facets', 'counting']
# edge_cases = true
# ///
import seaborn as sns
from matplotlib.collections import PathCollection


def points_per_panel(grid):
    """Count the scatter points a seaborn FacetGrid drew in each panel.
    Returns a dict mapping each key of `grid.axes_dict` (a facet level, or a
    (row, col) tuple when both are faceted) to the number of points in that
    panel's marker collections; a panel with no points maps to 0.
    """
    # scatter markers live in PathCollections, one per call (or per hue level)
    return {
        key: sum(
            len(coll.get_offsets()) for coll in ax.collections if isinstance(coll, PathCollection)
        )
        for key, ax in grid.axes_dict.items()
    }


g = sns.relplot(data=rm_long, x="time", y="score", col="condition", height=2)
counts = points_per_panel(g)
