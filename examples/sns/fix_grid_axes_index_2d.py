# /// example
# task = """
# This code should draw box plots of `time` by `event` from the table `survival` in one panel \
# per `group` with `catplot`, then label the y axis of the second panel "time (months)" too \
# (it is normally left blank), and keep the grid in `g`, but it raises an error:
#
# ```python
# import seaborn as sns
#
# g = sns.catplot(data=survival, x="event", y="time", col="group", kind="box", height=2)
# g.axes[1].set_ylabel("time (months)")
# ```
#
# ```text
# IndexError: index 1 is out of bounds for axis 0 with size 1
# ```
#
# Fix it."""
# prompt = """
# I made box plots of `time` by `event`, one panel per `group`, from my `survival` table with \
# seaborn's `catplot`, and I want the second panel to show the y label "time (months)" as well. \
# Keep the grid in `g`. My code crashes:
#
# ```python
# import seaborn as sns
#
# g = sns.catplot(data=survival, x="event", y="time", col="group", kind="box", height=2)
# g.axes[1].set_ylabel("time (months)")
# ```
#
# ```text
# IndexError: index 1 is out of bounds for axis 0 with size 1
# ```"""
# task_type = 'fix'
# domain = 'visualization'
# libraries = ['seaborn', 'numpy']
# inputs = { survival = 'survival' }
# checks = [
#     'g.axes.size == 2 and g.axes.flat[1].get_ylabel() == "time (months)"',
#     # the medians drawn in each panel are those of its group's event cells
#     'all(np.allclose(sorted(float(np.mean(m.get_ydata())) for c in ax.containers for m in c.medians), sorted(survival[survival["group"] == grp].groupby("event")["time"].median())) for grp, ax in g.axes_dict.items())',
#     'list(g.axes_dict) == list(survival["group"].cat.categories)',
# ]
# difficulty = 'basic'
# tags = ['debugging', 'facets', 'two-sample']
# edge_cases = { one_level = false, why = "the second panel exists only when both groups are present" }
# ///
import seaborn as sns

g = sns.catplot(data=survival, x="event", y="time", col="group", kind="box", height=2)
# g.axes is 2-D (rows x columns) even with a single row: index it by row and column
g.axes[0, 1].set_ylabel("time (months)")
