# /// example
# task = """
# From the table `survival` (`time`, `event`, `group`) draw with seaborn's `displot` one panel \
# per `group`, each holding histograms of `time` split by `event` (hue), in 6 bins spanning \
# the whole range of times (the same bins in every panel), with \
# `stat="probability"` and `common_norm=False` so that the bars of each event value in a panel \
# sum to 1, layered not stacked. Keep the grid in `g`."""
# prompt = """
# I want to compare the shape of the `time` distributions of observed and censored cases \
# (`event`) in my `survival` table, one panel per `group`, using seaborn's `displot` with 6 \
# bins over the full time range, the same in every panel. Since there are far fewer of one \
# kind, normalise each event's histogram separately (`stat="probability"`, \
# `common_norm=False`) so each sums to 1. Keep the grid as `g`."""
# domain = 'visualization'
# libraries = ['seaborn', 'numpy']
# inputs = { survival = 'survival' }
# checks = [
#     'set(g.axes_dict) == set(survival["group"].cat.categories)',
#     # each event value's bars in each panel add up to 1
#     'all(np.isclose(np.sum(h), 1) for ax in g.axes.flat for h in axes_summary(ax).bar_heights if len(h))',
#     'all(len(axes_summary(ax).bar_heights) == survival.loc[survival["group"] == grp, "event"].nunique() for grp, ax in g.axes_dict.items())',
#     # 6 bins over the whole range of times (shared by the panels), each event's counts divided by that event's total
#     'all(any(np.allclose(h, np.histogram(sub.loc[sub["event"] == ev, "time"], bins=np.histogram_bin_edges(survival["time"], bins=6))[0] / (sub["event"] == ev).sum()) for h in axes_summary(ax).bar_heights) for grp, ax in g.axes_dict.items() for sub in [survival[survival["group"] == grp]] for ev in sub["event"].unique())',
# ]
# difficulty = 'intermediate'
# tags = ['histogram', 'two-sample', 'facets']
# edge_cases = true
# ///
import seaborn as sns

# common_norm=False normalises each hue level on its own instead of over the whole panel
g = sns.displot(
    data=survival,
    x="time",
    col="group",
    hue="event",
    bins=6,
    stat="probability",
    common_norm=False,
    height=2,
)
