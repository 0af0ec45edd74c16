# /// example
# # `top` is the band's top edge, `m` the count, mean, std and max of the months with two or more
# # days (a one-day month has no band)
# # the interval of a constant month collapses to its mean: equal within rounding
# task = """
# From the daily DataFrame `weather` (DatetimeIndex), add a `month` column in `monthly` and draw \
# the mean `temperature` per month with seaborn `lineplot` on `fig, ax`, with an error band \
# showing the 95% bootstrap confidence interval (`seed=0` for a reproducible band), i.e. \
# `errorbar=("ci", 95), seed=0`; label the axes "Month" and "Temperature (°C)" and add a title."""
# prompt = """
# From my daily DataFrame `weather` (DatetimeIndex), add a `month` column in a copy called \
# `monthly` and draw the mean `temperature` per month with seaborn on `fig, ax`, with an error \
# band showing the 95% bootstrap confidence interval, seeded with 0 so the band is reproducible. \
# Label the axes "Month" and "Temperature (°C)" and add a title."""
# domain = 'visualization'
# libraries = ['seaborn', 'matplotlib', 'pandas']
# inputs = { weather = 'weather' }
# checks = [
#     "list(monthly['month']) == list(weather.index.month)",
#     "np.allclose(ax.lines[0].get_ydata(), weather.groupby(weather.index.month)['temperature'].mean())",
#     # no month with two or more days: no band at all
#     "(lambda m, band: len(band) == 0 if m.empty else (lambda top: (m['mean'].max() <= top or np.isclose(top, m['mean'].max())) and (top <= m['max'].max() or np.isclose(top, m['max'].max())))(band.max()))(weather.groupby(weather.index.month)['temperature'].agg(['count', 'mean', 'std', 'max']).query('count > 1'), np.concatenate([p.vertices[:, 1] for c in ax.collections for p in c.get_paths()] + [np.empty(0)]))",
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
# the ci band is bootstrapped; seed=0 makes it the same on every run
sns.lineplot(
    data=monthly, x="month", y="temperature", errorbar=("ci", 95), seed=0, marker="o", ax=ax
)
ax.set(xlabel="Month", ylabel="Temperature (°C)", title="Mean monthly temperature (ci95 band)")
