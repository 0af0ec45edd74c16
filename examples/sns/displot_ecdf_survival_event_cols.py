# /// example
# task = """
# Draw the empirical cumulative distribution of `time` in one panel per `group` of the survival \
# table `survival`, one curve per `event` status (hue), with the figure-level seaborn `displot` \
# (`kind="ecdf"`); keep the grid in `g`, title each panel with the bare group name and label the \
# axes "Time (months)" and "Proportion"."""
# prompt = """
# For my survival table `survival`, I'd like ECDFs of `time` with one panel per `group` and \
# separate curves for observed events and censored rows (`event` as hue), using seaborn's \
# figure-level distribution plot. Keep the grid in `g`, title each panel with just the group \
# name, and label the axes "Time (months)" and "Proportion"."""
# domain = 'visualization'
# libraries = ['seaborn']
# inputs = { survival = 'survival' }
# checks = [
#     "(lambda shown: len(shown) == len(set(shown)) and set(survival.dropna(subset=['time'])['group'].dropna().astype(str)) <= set(shown) <= set(survival['group'].cat.categories.astype(str)))([ax.get_title() for ax in g.axes.flat])",
#     # every curve is the ECDF of one (group, event) subset: its steps sit at the sorted times
#     "sum(len(ax.lines) for ax in g.axes.flat) == survival.dropna(subset=['time']).groupby(['group', 'event'], observed=True).ngroups and all(any(np.array_equal(x[np.isfinite(x)], np.sort(t)) and np.allclose(y[np.isfinite(x)], np.arange(1, len(t) + 1) / len(t)) for _, sub in survival.dropna(subset=['time'])[lambda d: d['group'].astype(str) == ax.get_title()].groupby('event') for t in [sub['time'].to_numpy(float)]) for ax in g.axes.flat for ln in ax.lines for x, y in [(np.asarray(ln.get_xdata(), float), np.asarray(ln.get_ydata(), float))])",
#     "figure_summary(g.figure).axes[0].xlabel == 'Time (months)' and figure_summary(g.figure).axes[0].ylabel == 'Proportion'",
# ]
# difficulty = 'intermediate'
# tags = ['ecdf', 'facets']
# edge_cases = true
# ///
import seaborn as sns

# kind="ecdf" needs no bins or bandwidth: each curve steps up at every observed time
g = sns.displot(data=survival, x="time", col="group", hue="event", kind="ecdf", height=3)
g.set_titles("{col_name}")
g.set_axis_labels("Time (months)", "Proportion")
