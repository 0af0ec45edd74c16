# /// example
# task = """
# With the seaborn objects interface (`seaborn.objects`), plot the mean daily `temperature` of \
# each calendar month (1-12) of the DataFrame `weather` (DatetimeIndex) as a line with circle \
# markers (`so.Line(marker="o")` with `so.Agg()`), under a shaded band of plus and minus one \
# standard deviation (`so.Band()` with `so.Est(errorbar="sd")`), with an x tick at every month \
# (`.scale(x=so.Continuous().tick(every=1))`); label the axes "Month" and "Temperature (°C)" and \
# a title through `.label(...)`, and draw it onto `fig, ax` with `.on(ax)`."""
# prompt = """
# With seaborn's objects interface, show the seasonal cycle in my daily `weather` DataFrame \
# (DatetimeIndex): the mean `temperature` for each calendar month number (1-12) as a line with \
# circle markers, over a band of plus and minus one standard deviation, and a tick at every month \
# on the x axis. Label the axes "Month" and "Temperature (°C)", add a title, and draw it on my \
# existing `fig, ax`."""
# domain = 'visualization'
# libraries = ['seaborn', 'matplotlib', 'pandas']
# inputs = { weather = 'weather' }
# checks = [
#     "(lambda means: np.allclose(figure_summary(fig).axes[0].lines_xy[0], np.column_stack([means.index, means.to_numpy()])))(weather['temperature'].groupby(weather.index.month).mean())",
#     "ax.lines[0].get_marker() == 'o'",
#     # a tick at every whole month inside the view
#     "(lambda lo, hi, t: np.allclose(np.diff(t[(t >= lo) & (t <= hi)]), 1))(*ax.get_xlim(), np.asarray(ax.get_xticks()))",
#     # the band (a Polygon) reaches from the lowest mean - sd to the highest mean + sd (sample sd, ddof=1)
#     "(lambda g: len(ax.patches) == 1 and np.isclose(np.nanmax(ax.patches[0].get_xy()[:, 1]), (g.mean() + g.std()).max()) and np.isclose(np.nanmin(ax.patches[0].get_xy()[:, 1]), (g.mean() - g.std()).min()) if g.count().max() > 1 else True)(weather['temperature'].groupby(weather.index.month))",
#     "figure_summary(fig).axes[0].xlabel == 'Month' and figure_summary(fig).axes[0].ylabel == 'Temperature (°C)' and figure_summary(fig).axes[0].title != ''",
# ]
# difficulty = 'intermediate'
# tags = ['line-plot', 'aggregation', 'time-series']
# edge_cases = true
# ///
import matplotlib.pyplot as plt
import seaborn.objects as so

monthly = weather.assign(month=weather.index.month).reset_index(drop=True)

fig, ax = plt.subplots(figsize=(7, 4))
(
    so.Plot(monthly, x="month", y="temperature")
    # errorbar="sd" spreads the band by the daily standard deviation, with no bootstrapping
    .add(so.Band(), so.Est(errorbar="sd"))
    .add(so.Line(marker="o"), so.Agg())
    .scale(x=so.Continuous().tick(every=1))
    .label(x="Month", y="Temperature (°C)", title="Seasonal temperature cycle")
    .on(ax)
    .plot()
)
