# /// example
# task = """
# With the seaborn objects interface (`seaborn.objects`), draw the mean `response` of the \
# DataFrame `trial` per `site` as bars (`so.Bar()` with `so.Agg()`), coloured by `treatment` and \
# placed side by side with `so.Dodge()`; label the axes "Site" and "Mean response", the legend \
# "Treatment" and a title through `.label(...)`, and draw it onto `fig, ax` with `.on(ax)`."""
# prompt = """
# With seaborn's objects interface, make a grouped bar chart of the mean `response` in my \
# DataFrame `trial` for each `site`, with one bar per `treatment` next to each other (dodged, not \
# stacked) in different colours. Label the axes "Site" and "Mean response", title the legend \
# "Treatment", add a plot title, and draw it on my existing `fig, ax`."""
# domain = 'visualization'
# libraries = ['seaborn', 'matplotlib', 'pandas']
# inputs = { trial = 'trial' }
# checks = [
#     # bars from left to right follow (site, treatment) in category order
#     "(lambda a, means: np.allclose(np.concatenate(a.bar_heights)[np.argsort(np.concatenate(a.bar_centers))], means.to_numpy()))(figure_summary(fig).axes[0], trial.groupby(['site', 'treatment'], observed=True)['response'].mean())",
#     "(lambda a, means: np.allclose(np.round(np.sort(np.concatenate(a.bar_centers))), trial['site'].cat.categories.get_indexer(means.index.get_level_values(0))))(figure_summary(fig).axes[0], trial.groupby(['site', 'treatment'], observed=True)['response'].mean())",
#     # dodged: no two bars share a position
#     'len(np.unique(np.round(np.concatenate(figure_summary(fig).axes[0].bar_centers), 6))) == len(np.concatenate(figure_summary(fig).axes[0].bar_centers))',
#     "set(trial['treatment'].astype(str)) <= set(figure_summary(fig).all_legend_labels) or trial['treatment'].nunique() == 1",
#     "figure_summary(fig).axes[0].xlabel == 'Site' and figure_summary(fig).axes[0].ylabel == 'Mean response' and figure_summary(fig).axes[0].title != ''",
# ]
# difficulty = 'intermediate'
# tags = ['bar-chart', 'aggregation', 'semantic-mapping']
# edge_cases = true
# ///
import matplotlib.pyplot as plt
import seaborn.objects as so

fig, ax = plt.subplots(figsize=(6, 4))
(
    # seaborn.objects matches rows by index label: hand it a unique index
    so.Plot(trial.reset_index(drop=True), x="site", y="response", color="treatment")
    # Agg averages each (site, treatment) group; Dodge shifts the groups apart within a site
    .add(so.Bar(), so.Agg(), so.Dodge())
    .label(x="Site", y="Mean response", color="Treatment", title="Mean response by site")
    .on(ax)
    .plot()
)
