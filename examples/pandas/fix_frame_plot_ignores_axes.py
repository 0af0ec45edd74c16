# /// example
# task = """
# This code should draw the daily `temperature` and `rainfall` of `weather` as two lines on the \
# Axes `ax` of the figure `fig`, titled "Daily weather" with the y label "value", but `fig` comes \
# out empty (the lines land in a second figure):
#
# ```python
# import matplotlib.pyplot as plt
#
# fig, ax = plt.subplots(figsize=(9, 4))
# weather[["temperature", "rainfall"]].plot()
# ax.set_title("Daily weather")
# ax.set_ylabel("value")
# ```
#
# Fix it."""
# prompt = """
# I make a figure with `fig, ax = plt.subplots()` and then plot `temperature` and `rainfall` from \
# my `weather` DataFrame (2 lines on `ax`), with the title "Daily weather" and y label "value":
#
# ```python
# import matplotlib.pyplot as plt
#
# fig, ax = plt.subplots(figsize=(9, 4))
# weather[["temperature", "rainfall"]].plot()
# ax.set_title("Daily weather")
# ax.set_ylabel("value")
# ```
#
# My `ax` stays blank and a second figure appears with the lines but no title. How do I get the \
# lines onto `ax`?"""
# task_type = 'fix'
# domain = 'visualization'
# libraries = ['pandas', 'matplotlib']
# inputs = { weather = 'weather' }
# checks = [
#     'figure_summary(fig).axes[0].n_lines == 2',
#     'any(np.allclose(xy[:, 1], weather["temperature"], equal_nan=True) for xy in figure_summary(fig).axes[0].lines_xy)',
#     'any(np.allclose(xy[:, 1], weather["rainfall"], equal_nan=True) for xy in figure_summary(fig).axes[0].lines_xy)',
#     'figure_summary(fig).axes[0].title == "Daily weather"',
#     'figure_summary(fig).axes[0].ylabel == "value"',
#     'sorted(figure_summary(fig).axes[0].legend_labels) == ["rainfall", "temperature"]',
# ]
# difficulty = 'basic'
# tags = ['debugging', 'line-plot', 'time-series']
# edge_cases = true
# ///
import matplotlib.pyplot as plt

fig, ax = plt.subplots(figsize=(9, 4))
# DataFrame.plot opens a new figure unless it is given the Axes to draw on
weather[["temperature", "rainfall"]].plot(ax=ax)
ax.set_title("Daily weather")
ax.set_ylabel("value")
