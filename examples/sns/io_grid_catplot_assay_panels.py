# /// example
# task = """
# Build the table below as `assays` and draw it with seaborn's `catplot` as bars of the mean \
# `value` per `lab` (labs in the order L1, L2, L3), one panel per `assay`, no error bars, each \
# panel titled with the bare assay name. Keep the grid in `g`.
#
# ```text
#   lab  assay  value
#    L1   ALT    31.0
#    L1   ALT    35.0
#    L2   ALT    40.0
#    L3   ALT    22.0
#    L3   ALT    26.0
#    L1   AST    18.0
#    L2   AST    25.0
#    L2   AST    29.0
#    L3   AST    30.0
# ```
#
# Wanted panels:
#
# ```text
# ALT:  L1 33.0   L2 40.0   L3 24.0
# AST:  L1 18.0   L2 27.0   L3 30.0
# ```"""
# prompt = """
# Here are replicate measurements from three labs on two assays. Please put them in a DataFrame \
# `assays` and make a seaborn `catplot` of bar charts: mean `value` per `lab` (order L1, L2, L3), \
# one panel per `assay` titled just "ALT" / "AST", no error bars. Keep the grid as `g`.
#
# ```text
#   lab  assay  value
#    L1   ALT    31.0
#    L1   ALT    35.0
#    L2   ALT    40.0
#    L3   ALT    22.0
#    L3   ALT    26.0
#    L1   AST    18.0
#    L2   AST    25.0
#    L2   AST    29.0
#    L3   AST    30.0
# ```
#
# The bars should read:
#
# ```text
# ALT:  L1 33.0   L2 40.0   L3 24.0
# AST:  L1 18.0   L2 27.0   L3 30.0
# ```"""
# task_type = 'input-output'
# domain = 'visualization'
# libraries = ['seaborn', 'pandas']
# inputs = {}
# checks = [
#     '[ax.get_title() for ax in g.axes.flat] == ["ALT", "AST"]',
#     'np.allclose(np.concatenate(axes_summary(g.axes_dict["ALT"]).bar_heights), [33.0, 40.0, 24.0]) and np.allclose(np.concatenate(axes_summary(g.axes_dict["AST"]).bar_heights), [18.0, 27.0, 30.0])',
#     'all([t.get_text() for t in ax.get_xticklabels()] == ["L1", "L2", "L3"] for ax in g.axes.flat)',
#     # no error bars on the means
#     'all(axes_summary(ax).n_lines == 0 for ax in g.axes.flat)',
#     'sorted(assays["value"]) == sorted([31.0, 35.0, 40.0, 22.0, 26.0, 18.0, 25.0, 29.0, 30.0])',
# ]
# difficulty = 'basic'
# tags = ['bar-chart', 'facets', 'aggregation']
# ///
import pandas as pd
import seaborn as sns

assays = pd.DataFrame(
    {
        "lab": ["L1", "L1", "L2", "L3", "L3", "L1", "L2", "L2", "L3"],
        "assay": ["ALT", "ALT", "ALT", "ALT", "ALT", "AST", "AST", "AST", "AST"],
        "value": [31.0, 35.0, 40.0, 22.0, 26.0, 18.0, 25.0, 29.0, 30.0],
    }
)
# errorbar=None: plain means, no bootstrap intervals
g = sns.catplot(
    data=assays,
    x="lab",
    y="value",
    col="assay",
    kind="bar",
    order=["L1", "L2", "L3"],
    errorbar=None,
    height=2,
)
g.set_titles("{col_name}")
