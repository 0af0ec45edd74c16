# /// example
# task = '''
# Write a function `kde_by_group` with the signature and docstring below, then draw the survival
# `time` of the table `survival` per `group` with it on the Axes of a new figure `fig`, storing the
# returned labels in `drawn_groups`.
#
# ```python
# def kde_by_group(df, value, group, ax, bw_adjust=1.0):
#     """Draw one seaborn KDE curve of column `value` per level of column
#     `group` on `ax`, each scaled to area 1 on its own (not shared between
#     groups), with Scott's bandwidth multiplied by `bw_adjust`. Groups are
#     visited in sorted order of their labels; a group with fewer than two
#     distinct non-missing values has no density and is skipped. Each curve
#     is labelled with its group. Returns the list of labels drawn.
#     """
# ```'''
# prompt = '''
# I need `kde_by_group(df, value, group, ax, bw_adjust=1.0)`: one seaborn KDE curve of column
# `value` for each level of column `group` on `ax`, each normalised to area 1 separately, bandwidth
# Scott's rule times `bw_adjust`, groups in sorted label order, skipping a group with fewer than two
# distinct non-missing values, curves labelled by group, returning the list of labels it drew.
# Then use it on `time` by `group` of my `survival` table in a new figure `fig`, and keep the
# returned labels in `drawn_groups`.'''
# task_type = 'function'
# domain = 'visualization'
# libraries = ['seaborn', 'matplotlib', 'scipy', 'pandas']
# inputs = { survival = 'survival' }
# checks = [
#     # each curve is scipy's Gaussian KDE of its group with Scott's factor n**(-1/5) times bw_adjust
#     '(lambda ax, df: kde_by_group(df, "v", "g", ax, bw_adjust=0.5) == ["p", "q"] and all(np.allclose(xy[:, 1], scipy.stats.gaussian_kde(v, bw_method=len(v) ** -0.2 * 0.5)(xy[:, 0])) for xy, v in zip(axes_summary(ax).lines_xy, [np.array([1.0, 2.0, 2.5, 4.0]), np.array([0.0, 3.0, 7.0])], strict=True)))(matplotlib.pyplot.subplots()[1], pd.DataFrame({"v": [0.0, 1.0, 3.0, 2.0, 7.0, 2.5, 4.0], "g": ["q", "p", "q", "p", "q", "p", "p"]}))',
#     # a one-valued group and a constant group are skipped; NaN values are dropped
#     '(lambda ax, df: kde_by_group(df, "v", "g", ax) == ["b"] and len(axes_summary(ax).lines_xy) == 1 and np.allclose(axes_summary(ax).lines_xy[0][:, 1], scipy.stats.gaussian_kde(np.array([5.0, 6.0, 9.0]), bw_method=3 ** -0.2)(axes_summary(ax).lines_xy[0][:, 0])))(matplotlib.pyplot.subplots()[1], pd.DataFrame({"v": [1.0, 5.0, np.nan, 6.0, 9.0, 2.0, 2.0], "g": ["a", "b", "b", "b", "b", "c", "c"]}))',
#     '(lambda ax: kde_by_group(pd.DataFrame({"v": [1.0, 2.0, 4.0], "g": ["x", "x", "x"]}), "v", "g", ax) == ["x"] and axes_summary(ax).line_labels == ["x"])(matplotlib.pyplot.subplots()[1])',
#     'drawn_groups == [str(g) for g, s in survival.groupby("group", observed=True)["time"] if s.dropna().nunique() >= 2]',
#     'len(figure_summary(fig).axes[0].lines_xy) == len(drawn_groups)',
# ]
# difficulty = 'advanced'
# tags = ['reusable-function', 'density-estimation', 'two-sample']
# edge_cases = true
# ///
import matplotlib.pyplot as plt
import seaborn as sns


def kde_by_group(df, value, group, ax, bw_adjust=1.0):
    """Draw one seaborn KDE curve of column `value` per level of column
    `group` on `ax`, each scaled to area 1 on its own (not shared between
    groups), with Scott's bandwidth multiplied by `bw_adjust`. Groups are
    visited in sorted order of their labels; a group with fewer than two
    distinct non-missing values has no density and is skipped. Each curve
    is labelled with its group. Returns the list of labels drawn.
    """
    drawn = []
    for label, values in df.groupby(group, observed=True, sort=True)[value]:
        values = values.dropna()
        if values.nunique() < 2:
            continue
        # one call per group: each curve is a separate density with area 1
        sns.kdeplot(x=values.to_numpy(), bw_adjust=bw_adjust, label=str(label), ax=ax)
        drawn.append(str(label))
    return drawn


fig, ax = plt.subplots()
drawn_groups = kde_by_group(survival, "time", "group", ax)
ax.set(xlabel="time (months)", ylabel="density", title="Survival time by group")
if drawn_groups:
    ax.legend(title="group")
