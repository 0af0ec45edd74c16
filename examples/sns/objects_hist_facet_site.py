# /// example
# task = """
# With the seaborn objects interface (`seaborn.objects`), draw histograms of `response` from the \
# DataFrame `trial`, one panel per `site` (`.facet(col="site")`), as bars (`so.Bar()`) of counts \
# from `so.Hist(bins=12)`: 12 bins over the range of all responses, shared by every panel. Label \
# the x axis "Response" and the y axis "Count", give the figure the title "Response by site" with \
# `fig.suptitle`, and draw the plot onto the figure `fig` with `.on(fig)`."""
# prompt = """
# Using seaborn's objects interface, show the distribution of `response` in my DataFrame `trial` \
# as bar histograms, one panel per `site`, with counts in 12 bins spanning all responses (the same \
# bins in every panel so they line up). Label the axes "Response" and "Count", title the figure \
# "Response by site", and render it onto a Matplotlib figure `fig`."""
# domain = 'visualization'
# libraries = ['seaborn', 'matplotlib', 'numpy']
# inputs = { trial = 'trial' }
# checks = [
#     "set(trial['site'].astype(str)) <= set(figure_summary(fig).titles)",
#     # seaborn's Bar skips empty bins: compare each panel's drawn bars, in bin order, with the non-zero counts
#     "all((lambda counts, a: np.allclose(np.concatenate(a.bar_heights + [np.empty(0)])[np.argsort(np.concatenate(a.bar_centers + [np.empty(0)]))], counts[counts > 0]))(np.histogram(trial.loc[trial['site'].astype(str) == a.title, 'response'], bins=np.histogram_bin_edges(trial['response'], bins=12))[0], a) for a in figure_summary(fig).axes)",
#     "all((lambda counts, a: np.allclose(np.sort(np.concatenate(a.bar_centers + [np.empty(0)])), ((lambda e: (e[:-1] + e[1:]) / 2)(np.histogram_bin_edges(trial['response'], bins=12)))[counts > 0]))(np.histogram(trial.loc[trial['site'].astype(str) == a.title, 'response'], bins=np.histogram_bin_edges(trial['response'], bins=12))[0], a) for a in figure_summary(fig).axes)",
#     "figure_summary(fig).axes[0].xlabel == 'Response' and figure_summary(fig).axes[0].ylabel == 'Count'",
#     "figure_summary(fig).suptitle == 'Response by site'",
# ]
# difficulty = 'intermediate'
# tags = ['histogram', 'facets']
# edge_cases = true
# ///
import matplotlib.pyplot as plt
import seaborn.objects as so

fig = plt.figure(figsize=(10, 3.5))
(
    # seaborn.objects matches rows by index label: hand it a unique index
    so.Plot(trial.reset_index(drop=True), x="response")
    .facet(col="site")
    # Hist computes the bins once over all rows, so every panel shares them
    .add(so.Bar(), so.Hist(bins=12))
    .label(x="Response", y="Count")
    .on(fig)
    .plot()
)
fig.suptitle("Response by site")
