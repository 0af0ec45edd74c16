# /// example
# task = """
# From `survival` (`time` in months, `event`, `group` A/B), draw with seaborn's `ecdfplot` on \
# `fig, ax` one complementary ECDF per `group` in absolute numbers: for each time, how many of the \
# group's subjects have a `time` above it (`complementary=True`, `stat="count"`). Label the axes \
# "months" and "subjects with a longer time"."""
# prompt = """
# For each `group` in my `survival` table I'd like a curve of how many subjects are still beyond \
# each `time` (a complementary ECDF, counting subjects rather than a proportion), using seaborn on \
# `fig, ax`. Axis labels "months" and "subjects with a longer time"."""
# domain = 'visualization'
# libraries = ['seaborn', 'matplotlib', 'numpy']
# inputs = { survival = 'survival' }
# checks = [
#     # each group's curve drops by one subject at each of its sorted times, from n down to 0
#     'all(any(len(xy[np.isfinite(xy[:, 0])]) == len(t) and np.allclose(xy[np.isfinite(xy[:, 0])], np.column_stack([t, len(t) - np.arange(1, len(t) + 1)])) for xy in figure_summary(fig).axes[0].lines_xy) for t in (np.sort(survival.loc[survival["group"] == g, "time"].dropna().to_numpy()) for g in survival["group"].dropna().unique()))',
#     'len([xy for xy in figure_summary(fig).axes[0].lines_xy if len(xy)]) == survival.dropna(subset=["time", "group"])["group"].nunique()',
#     'figure_summary(fig).axes[0].xlabel == "months" and figure_summary(fig).axes[0].ylabel == "subjects with a longer time"',
# ]
# difficulty = 'basic'
# tags = ['ecdf', 'semantic-mapping']
# edge_cases = true
# ///
import matplotlib.pyplot as plt
import seaborn as sns

fig, ax = plt.subplots(figsize=(6, 4))
# complementary=True plots 1 - ECDF; stat="count" keeps it in subjects instead of a fraction
sns.ecdfplot(survival, x="time", hue="group", complementary=True, stat="count", ax=ax)
ax.set(xlabel="months", ylabel="subjects with a longer time", title="Subjects beyond each time")
