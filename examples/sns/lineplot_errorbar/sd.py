# /// example
# # `top` is the band's top edge, `m` the count, mean, std and max of the months with two or more
# # days (a one-day month has no band)
# task = """
# From the daily DataFrame `weather` (DatetimeIndex), add a `month` column in `monthly` and draw \
# the mean `temperature` per month with seaborn `lineplot` on `fig, ax`, with an error band \
# showing the standard deviation, i.e. `errorbar="sd"`; label the axes "Month" and "Temperature \
# (°C)" and add a title."""
# prompt = """
# Using my daily DataFrame `weather` (DatetimeIndex), make `monthly`, a copy with a `month` \
# column, and draw the monthly mean `temperature` as a seaborn line on `fig, ax` with a band of \
# plus/minus one standard deviation around it. Label the axes "Month" and "Temperature (°C)" and \
# add a title."""
# domain = 'visualization'
# libraries = ['seaborn', 'matplotlib', 'pandas']
# inputs = { weather = 'weather' }
# checks = [
#     "list(monthly['month']) == list(weather.index.month)",
#     "np.allclose(ax.lines[0].get_ydata(), weather.groupby(weather.index.month)['temperature'].mean())",
#     # no month with two or more days: no band at all
#     "(lambda m, band: len(band) == 0 if m.empty else (lambda top: np.isclose(top, (m['mean'] + m['std']).max()))(band.max()))(weather.groupby(weather.index.month)['temperature'].agg(['count', 'mean', 'std', 'max']).query('count > 1'), np.concatenate([p.vertices[:, 1] for c in ax.collections for p in c.get_paths()] + [np.empty(0)]))",
#     "figure_summary(fig).axes[0].xlabel == 'Month' and figure_summary(fig).axes[0].title != ''",
# ]
# difficulty = 'intermediate'
# tags = ['line-plot', 'error-bars', 'time-series', 'parameter-choice']
# family = 'sns.lineplot_errorbar'
# edge_cases = true
# ///
import matplotlib.pyplot as plt
import seaborn as sns

monthly = weather.assign(month=weather.index.month)
fig, ax = plt.subplots(figsize=(7, 4))
# many days share each month, so lineplot draws their mean; "sd" shades ±1 standard deviation
sns.lineplot(data=monthly, x="month", y="temperature", errorbar="sd", marker="o", ax=ax)
ax.set(xlabel="Month", ylabel="Temperature (°C)", title="Mean monthly temperature (sd band)")
