# /// example
# task = """
# In one figure `fig` with two Axes stacked vertically and sharing x, plot the daily `rainfall` \
# of `weather` (DatetimeIndex) in the top panel and its running total (cumulative sum, missing \
# days counted as 0) in the bottom one, label the y axes "rainfall (mm)" and "total (mm)" and \
# the shared x axis, add a title, and align the two y labels so they sit at the same horizontal \
# position although the tick labels of the two panels have different widths."""
# prompt = """
# I'm stacking two panels in `fig` sharing the x axis: daily `rainfall` from my `weather` frame \
# on top and its running total below (cumulative sum, treat missing days as 0). The y labels \
# "rainfall (mm)" and "total (mm)" end up at different distances from the axes because the \
# bottom panel's numbers are much wider; please line the two y labels up, and add an x label \
# and a title."""
# domain = 'visualization'
# libraries = ['matplotlib', 'pandas']
# inputs = { weather = 'weather' }
# checks = [
#     '(lambda top, bottom: np.allclose(axes_summary(top).lines_xy[0][:, 1], weather["rainfall"].to_numpy(), equal_nan=True) and np.allclose(axes_summary(bottom).lines_xy[0][:, 1], weather["rainfall"].fillna(0).cumsum().to_numpy()))(*sorted(fig.axes, key=lambda a: -a.get_position().y0))',
#     '[a.get_ylabel() for a in sorted(fig.axes, key=lambda a: -a.get_position().y0)] == ["rainfall (mm)", "total (mm)"] and fig.axes[0].get_shared_x_axes().joined(fig.axes[0], fig.axes[1])',
#     # after a draw both y labels start at the same x in pixels
#     '(fig.draw_without_rendering(), np.isclose(fig.axes[0].yaxis.label.get_window_extent().x0, fig.axes[1].yaxis.label.get_window_extent().x0, atol=0.5))[1]',
#     'any(a.get_xlabel() != "" for a in fig.axes) and any(a.get_title() != "" for a in fig.axes)',
# ]
# difficulty = 'intermediate'
# tags = ['subplots', 'line-plot', 'time-series']
# edge_cases = true
# ///
import matplotlib.pyplot as plt

fig, (ax_daily, ax_total) = plt.subplots(2, 1, sharex=True, figsize=(9, 5), layout="constrained")
ax_daily.plot(weather.index, weather["rainfall"])
ax_daily.set(ylabel="rainfall (mm)", title="Daily and cumulative rainfall")
ax_total.plot(weather.index, weather["rainfall"].fillna(0).cumsum())
ax_total.set(xlabel="date", ylabel="total (mm)")
# align_ylabels moves the labels of the panels in one column to a common x position
fig.align_ylabels()
