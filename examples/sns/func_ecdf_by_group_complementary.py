# /// example
# task = '''
# Write a function `ecdf_by_group` with the signature and docstring below. Then compute each
# respondent's mean answer over `q1`..`q5` of `likert` (answers 1-5, ordered categorical) as the
# column "mean_score" of a frame `scores` that also keeps `group`, and draw the complementary
# ECDFs of "mean_score" by `group` with the function; keep the figure in `fig` and add a title.
#
# ```python
# def ecdf_by_group(df, value, group, ax, complementary=False):
#     """Draw one empirical CDF of the column `value` per level of the column
#     `group` on `ax` with seaborn `ecdfplot` (hue=group), and return `ax`.
#
#     With complementary=True each line is 1 - ECDF, the share of values
#     above x. Rows with a missing `value` are ignored; the legend lists the
#     groups under the title `group`.
#     """
# ```'''
# prompt = """
# Please write `ecdf_by_group(df, value, group, ax, complementary=False)` that draws one empirical \
# CDF of column `value` per level of column `group` on `ax` using seaborn's `ecdfplot` with hue, \
# or with `complementary=True` the share of values above each x (1 - ECDF); missing values are \
# ignored and the legend shows the groups titled with the `group` name. It returns `ax`. Then, \
# from my `likert` survey (answers to `q1`..`q5` are ordered categoricals 1-5), compute each \
# respondent's mean answer as "mean_score" in a frame `scores` that keeps `group`, and plot the \
# complementary ECDFs of "mean_score" by `group` with it, in a figure `fig` with a title."""
# task_type = 'function'
# domain = 'visualization'
# libraries = ['seaborn', 'matplotlib', 'pandas', 'numpy']
# inputs = { likert = 'likert' }
# checks = [
#     # each group's ECDF, read as a right-continuous step function, is one of the lines
#     '(lambda ax: (lambda df: (ecdf_by_group(df, "v", "g", ax), all(any(all(np.isclose(xy[xy[:, 0] <= v, 1].max(), np.mean(d <= v)) for v in d) for xy in axes_summary(ax).lines_xy) for d in [np.array([3.0, 1.0, 5.0]), np.array([2.0, 2.0, 4.0])]) and axes_summary(ax).n_lines == 2 and sorted(axes_summary(ax).legend_labels) == ["a", "b"] and ax.get_legend().get_title().get_text() == "g")[1])(pd.DataFrame({"v": [3.0, 1.0, 2.0, 2.0, 5.0, 4.0], "g": list("aabbab")})))(matplotlib.pyplot.subplots()[1])',
#     '(lambda ax: (lambda df: (ecdf_by_group(df, "x", "kind", ax, complementary=True), all(any(all(np.isclose(xy[xy[:, 0] <= v, 1].min(), np.mean(d > v)) for v in d) for xy in axes_summary(ax).lines_xy) for d in [np.array([1.0, 7.0]), np.array([0.5, 2.0, 2.5, 9.0])]) and axes_summary(ax).n_lines == 2)[1])(pd.DataFrame({"x": [1.0, 0.5, np.nan, 2.0, 7.0, 2.5, 9.0], "kind": ["p", "q", "p", "q", "p", "q", "q"]})))(matplotlib.pyplot.subplots()[1])',
#     '(lambda ax: ecdf_by_group(pd.DataFrame({"y": [4.0, 1.0, 3.0, 2.0], "team": ["solo"] * 4}), "y", "team", ax) is ax and axes_summary(ax).n_lines == 1 and all(np.isclose(axes_summary(ax).lines_xy[0][axes_summary(ax).lines_xy[0][:, 0] <= v, 1].max(), v / 4) for v in [1.0, 2.0, 3.0, 4.0]))(matplotlib.pyplot.subplots()[1])',
#     'np.allclose(scores["mean_score"], likert[["q1", "q2", "q3", "q4", "q5"]].astype(float).mean(axis=1), equal_nan=True) and scores["group"].astype(str).tolist() == likert["group"].astype(str).tolist()',
#     '(lambda m: all(any(all(np.isclose(xy[xy[:, 0] <= v, 1].min(), np.mean(d > v)) for v in d) for xy in figure_summary(fig).axes[0].lines_xy) for d in [m[likert["group"] == level].dropna().to_numpy() for level in likert["group"].dropna().unique()] if len(d)))(likert[["q1", "q2", "q3", "q4", "q5"]].astype(float).mean(axis=1))',
#     'set(likert["group"].dropna().astype(str)) <= set(figure_summary(fig).axes[0].legend_labels) and figure_summary(fig).axes[0].title != ""',
# ]
# difficulty = 'basic'
# tags = ['reusable-function', 'ecdf', 'two-sample']
# edge_cases = true
# ///
import matplotlib.pyplot as plt
import seaborn as sns


def ecdf_by_group(df, value, group, ax, complementary=False):
    """Draw one empirical CDF of the column `value` per level of the column
    `group` on `ax` with seaborn `ecdfplot` (hue=group), and return `ax`.

    With complementary=True each line is 1 - ECDF, the share of values
    above x. Rows with a missing `value` are ignored; the legend lists the
    groups under the title `group`.
    """
    sns.ecdfplot(data=df, x=value, hue=group, complementary=complementary, ax=ax)
    return ax


questions = ["q1", "q2", "q3", "q4", "q5"]
# the answer categories are the numbers 1-5, so casting gives the scores themselves
scores = likert[["group"]].assign(mean_score=likert[questions].astype(float).mean(axis=1))
fig, ax = plt.subplots()
ecdf_by_group(scores, "mean_score", "group", ax, complementary=True)
ax.set(
    xlabel="mean answer (1-5)", ylabel="share scoring higher", title="Mean Likert score by group"
)
