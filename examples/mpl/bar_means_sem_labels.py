# /// example
# task = """
# From the trial DataFrame `df`, compute the mean and standard error of `response` per `site` \
# into `stats` (columns "mean" and "sem"), draw them as a bar chart with SEM error bars (`bars` \
# holds the BarContainer), and write each bar's mean, to one decimal, above it with `bar_label`. \
# Label the axes and add a title. Keep the figure in `fig`."""
# prompt = """
# From my trial DataFrame `df`, I need the mean and standard error of `response` for each `site`, \
# in a table `stats` with columns "mean" and "sem". Then draw the means as a bar chart with SEM \
# error bars (keep the bar container in `bars`) and write each bar's mean, to one decimal, just \
# above it. Label the axes, add a title, and keep the figure in `fig`."""
# domain = 'visualization'
# libraries = ['matplotlib', 'pandas']
# inputs = { df = 'trial' }
# checks = [
#     "len(bars) == df['site'].nunique()",
#     "np.allclose([b.get_height() for b in bars], df.groupby('site', observed=True)['response'].mean())",
#     'figure_summary(fig).axes[0].n_errorbars == 1',
#     # standard error of the mean (sample SD over sqrt(n)), in the table and as the drawn bar half-widths
#     "np.allclose(stats['sem'], df.groupby('site', observed=True)['response'].sem(), equal_nan=True)",
#     # a site with one reading has no SEM and draws no error bar: NaN on both sides
#     "np.allclose(np.diff(figure_summary(fig).axes[0].errorbar_spans[0], axis=1).ravel() / 2, df.groupby('site', observed=True)['response'].sem().to_numpy(), equal_nan=True)",
#     'figure_summary(fig).axes[0].n_texts == len(bars)',
#     "figure_summary(fig).axes[0].xlabel != '' and figure_summary(fig).axes[0].ylabel != ''",
# ]
# difficulty = 'intermediate'
# tags = ['bar-chart', 'error-bars', 'annotation']
# edge_cases = true
# ///
import matplotlib.pyplot as plt

# sem is the sample SD (ddof=1) over sqrt(n): a site with one reading gets NaN and no error bar
stats = df.groupby("site", observed=True)["response"].agg(["mean", "sem"])

fig, ax = plt.subplots()
bars = ax.bar(stats.index.astype(str), stats["mean"], yerr=stats["sem"], capsize=4)
ax.set_xlabel("site")
ax.set_ylabel("mean response")
ax.set_title("Mean response by site (error bars: SEM)")
ax.bar_label(bars, fmt="%.1f")
