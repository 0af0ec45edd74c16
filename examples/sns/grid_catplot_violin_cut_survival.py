# /// example
# task = """
# Compare the distribution of `time` for censored and observed cases (`event` on x) in one \
# panel per `group` of the table `survival`, with seaborn's `catplot` as violins \
# (`kind="violin"`) that stop at the smallest and largest observed time (`cut=0`) and show the \
# quartiles as lines inside (`inner="quart"`). Label the axes "event observed" (x) and "time \
# (months)" (y). \
# Keep the grid in `g`."""
# prompt = """
# Please draw violins of `time` by `event` from my `survival` table, one panel per `group`, with \
# seaborn's `catplot`. The violins must not extend past the observed times (`cut=0`), since \
# negative times make no sense, and should show the quartiles inside (`inner="quart"`). Label \
# the axes "event observed" (x) and "time (months)" (y). \
# Keep the \
# grid as `g`."""
# domain = 'visualization'
# libraries = ['seaborn', 'numpy']
# inputs = { survival = 'survival' }
# checks = [
#     # each violin body spans exactly its cell's observed range (cells with one distinct time have no body)
#     'all(sorted((round(float(p.vertices[:, 1].min()), 6), round(float(p.vertices[:, 1].max()), 6)) for c in ax.collections for p in c.get_paths() if np.ptp(p.vertices[:, 1]) > 0) == sorted((round(float(t.min()), 6), round(float(t.max()), 6)) for _, t in survival.loc[survival["group"] == grp].groupby("event")["time"] if t.nunique() > 1) for grp, ax in g.axes_dict.items())',
#     # the middle quartile line of each violin sits at its cell median
#     'all(set(np.round(sorted(t.median() for _, t in survival.loc[survival["group"] == grp].groupby("event")["time"] if t.nunique() > 1), 6)) <= set(np.round([line.get_ydata()[0] for line in ax.lines], 6)) for grp, ax in g.axes_dict.items())',
#     'set(g.axes_dict) == set(survival["group"].cat.categories)',
#     'any(ax.get_xlabel() == "event observed" for ax in g.axes.flat) and any(ax.get_ylabel() == "time (months)" for ax in g.axes.flat)',
# ]
# difficulty = 'intermediate'
# tags = ['density-estimation', 'two-sample', 'facets', 'quantiles']
# edge_cases = true
# ///
import seaborn as sns

# cut=0 ends each violin at the data's range instead of extending the KDE tails
g = sns.catplot(
    data=survival, x="event", y="time", col="group", kind="violin", cut=0, inner="quart", height=2
)
g.set_axis_labels("event observed", "time (months)")
