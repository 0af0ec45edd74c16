# /// example
# task = """
# Plot daily `temperature` from the time-indexed DataFrame `df` as a red line on the left axis \
# and weekly rainfall totals `weekly_rain` (resampled from `rainfall`) as blue bars on a right \
# axis made with `twinx` (kept in `ax_rain`), with each y label coloured like its series, the \
# line drawn above the bars, an x label and a title. Keep the figure in `fig` and its Axes in \
# `ax`."""
# prompt = """
# From my daily weather DataFrame `df`, plot `temperature` as a red line on the left axis and \
# weekly rainfall totals `weekly_rain` (the `rainfall` column summed per week with the default \
# weekly resample) as blue bars on a twin right axis `ax_rain`. Colour each y label like its \
# series, and make sure the line is drawn above the bars (raise the left Axes and hide its \
# background); add an x label and a title, and keep the figure in `fig` and the Axes in `ax`."""
# domain = 'visualization'
# libraries = ['matplotlib', 'pandas']
# inputs = { df = 'weather' }
# checks = [
#     'set(fig.axes) == {ax, ax_rain}',
#     "figure_summary(fig).axes[1].n_bars == len(weekly_rain) == len(df['rainfall'].resample('W').sum())",
#     "np.isclose(weekly_rain.sum(), df['rainfall'].sum())",
#     'ax_rain.get_shared_x_axes().joined(ax, ax_rain)',
#     'not ax.patch.get_visible()',
#     # each y label has its series' colour (alpha aside): a red line, blue bars
#     "all(np.allclose(matplotlib.colors.to_rgb(axis.yaxis.label.get_color()), matplotlib.colors.to_rgb(series)) and axis.get_ylabel() != '' and warm == (matplotlib.colors.to_rgb(series)[0] > matplotlib.colors.to_rgb(series)[2]) for axis, series, warm in [(ax, ax.lines[0].get_color(), True), (ax_rain, ax_rain.patches[0].get_facecolor(), False)])",
#     'ax.get_zorder() > ax_rain.get_zorder()',
#     # the x label may sit on either of the twinned Axes
#     "ax.get_xlabel() != '' or ax_rain.get_xlabel() != ''",
# ]
# difficulty = 'advanced'
# tags = ['twin-axes', 'time-series']
# edge_cases = true
# ///
import matplotlib.pyplot as plt

weekly_rain = df["rainfall"].resample("W").sum()

fig, ax = plt.subplots(figsize=(9, 4))
ax.plot(df.index, df["temperature"], color="tab:red")
ax.set_xlabel("date")
ax.set_ylabel("temperature (°C)", color="tab:red")
ax.set_title("Daily temperature and rainfall")

ax_rain = ax.twinx()
# bars are centred on the week-ending labels and 6 days wide
ax_rain.bar(weekly_rain.index, weekly_rain, width=6, color="tab:blue", alpha=0.5)
# a twin axes is drawn on top: raise the line's axes and make its background transparent
ax.set_zorder(ax_rain.get_zorder() + 1)
ax.patch.set_visible(False)
ax_rain.set_ylabel("rainfall (mm)", color="tab:blue")
