# /// example
# task = """
# This code should show the mean daily `temperature` of the table `weather` (DatetimeIndex) as a \
# heatmap on `fig, ax`, months as rows and weekdays (0 = Monday) as columns, but it raises:
#
# ```python
# import matplotlib.pyplot as plt
# import seaborn as sns
#
# means = weather.groupby([weather.index.month, weather.index.day_of_week])["temperature"].mean()
# fig, ax = plt.subplots(figsize=(5, 4))
# sns.heatmap(means, cmap="coolwarm", ax=ax)
# ax.set(xlabel="weekday", ylabel="month")
# ```
#
# ```text
# IndexError: Inconsistent shape between the condition and the input (got (84, 1) and (84,))
# ```
#
# Fix it; keep the table of means, one row per month and one column per weekday, in `means`."""
# prompt = """
# I'm trying to get a month x weekday heatmap of mean `temperature` from `weather` (dates in the \
# index), rows months, columns weekdays with 0 = Monday, on `fig, ax`, keeping the table in \
# `means`, but seaborn raises:
#
# ```python
# import matplotlib.pyplot as plt
# import seaborn as sns
#
# means = weather.groupby([weather.index.month, weather.index.day_of_week])["temperature"].mean()
# fig, ax = plt.subplots(figsize=(5, 4))
# sns.heatmap(means, cmap="coolwarm", ax=ax)
# ax.set(xlabel="weekday", ylabel="month")
# ```
#
# ```text
# IndexError: Inconsistent shape between the condition and the input (got (84, 1) and (84,))
# ```"""
# task_type = 'fix'
# domain = 'visualization'
# libraries = ['seaborn', 'matplotlib', 'pandas']
# inputs = { weather = 'weather' }
# checks = [
#     '(lambda want: means.shape == want.shape and np.allclose(np.asarray(means, dtype=float), want.to_numpy(), equal_nan=True))(weather.pivot_table(index=weather.index.month, columns=weather.index.day_of_week, values="temperature", aggfunc="mean", dropna=False).reindex(index=sorted(set(weather.index.month)), columns=sorted(set(weather.index.day_of_week))))',
#     # the drawn cells are the table's values, row by row (missing cells are left blank)
#     '(lambda drawn, want: np.allclose(drawn[np.isfinite(want)], want[np.isfinite(want)]))(np.ma.filled(np.ma.asarray(ax.collections[0].get_array(), dtype=float), np.nan).ravel(), np.asarray(means, dtype=float).ravel())',
#     'figure_summary(fig).axes[0].xlabel == "weekday" and figure_summary(fig).axes[0].ylabel == "month"',
# ]
# difficulty = 'basic'
# tags = ['debugging', 'heatmap', 'reshaping', 'datetime']
# edge_cases = true
# ///
import matplotlib.pyplot as plt
import seaborn as sns

# heatmap needs a 2-D table: unstack moves the weekday level of the index into columns
means = (
    weather.groupby([weather.index.month, weather.index.day_of_week])["temperature"]
    .mean()
    .unstack()
)
fig, ax = plt.subplots(figsize=(5, 4))
sns.heatmap(means, cmap="coolwarm", ax=ax)
ax.set(xlabel="weekday", ylabel="month")
