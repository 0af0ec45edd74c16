# /// example
# task = """
# From the daily DataFrame `weather` (DatetimeIndex, `rainfall` in mm), draw with the seaborn \
# objects interface (`seaborn.objects`) the share of rainy days (rainfall above 0) in each \
# calendar month (1-12) as bars: a 0/1 `rainy` column (1.0 for a rainy day) averaged per month by `so.Agg()` \
# under `so.Bar()`, with the y tick labels shown as whole percentages through \
# `.scale(y=so.Continuous().label(like="{x:.0%}"))`. Label the axes "Month" and "Rainy days" and \
# a title through `.label(...)`, and draw it onto `fig, ax` with `.on(ax)`."""
# prompt = """
# How often does it rain in each month? From my daily `weather` DataFrame (DatetimeIndex, \
# `rainfall` in mm), plot with seaborn's objects interface the share of days with rainfall above \
# 0 for each calendar month number (1-12) as bars, with the y axis labelled in whole percentages \
# (like "40%"). Label the axes "Month" and "Rainy days", add a title, and draw it on my existing \
# `fig, ax`."""
# domain = 'visualization'
# libraries = ['seaborn', 'matplotlib', 'pandas']
# inputs = { weather = 'weather' }
# checks = [
#     # months with no rainy day get a zero bar, which seaborn leaves out
#     "(lambda share, a: np.allclose(np.concatenate(a.bar_heights)[np.argsort(np.concatenate(a.bar_centers))], share[share > 0].to_numpy()) and np.allclose(np.sort(np.concatenate(a.bar_centers)), share.index[share > 0]))((weather['rainfall'] > 0).groupby(weather.index.month).mean(), figure_summary(fig).axes[0])",
#     "any(t.endswith('%') for t in figure_summary(fig).axes[0].yticklabels) and all(t.endswith('%') for t in figure_summary(fig).axes[0].yticklabels if t)",
#     "figure_summary(fig).axes[0].xlabel == 'Month' and figure_summary(fig).axes[0].ylabel == 'Rainy days' and figure_summary(fig).axes[0].title != ''",
# ]
# difficulty = 'intermediate'
# tags = ['bar-chart', 'aggregation', 'tick-formatting', 'time-series']
# edge_cases = true
# ///
import matplotlib.pyplot as plt
import seaborn.objects as so

daily = weather.assign(
    month=weather.index.month, rainy=(weather["rainfall"] > 0).astype(float)
).reset_index(drop=True)

fig, ax = plt.subplots(figsize=(7, 4))
(
    # the mean of a 0/1 column is the share of ones: a continuous scale needs numbers, not booleans
    so.Plot(daily, x="month", y="rainy")
    .add(so.Bar(), so.Agg())
    .scale(y=so.Continuous().label(like="{x:.0%}"))
    .label(x="Month", y="Rainy days", title="Share of rainy days per month")
    .on(ax)
    .plot()
)
