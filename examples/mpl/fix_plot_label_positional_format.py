# /// example
# task = """
# This code should draw the daily `temperature` and `rainfall` columns of `weather` as two \
# labelled lines with a legend ("temperature", "rainfall") on `fig, ax`, but it fails:
#
# ```python
# import matplotlib.pyplot as plt
#
# fig, ax = plt.subplots()
# ax.plot(weather.index, weather["temperature"], "temperature")
# ax.plot(weather.index, weather["rainfall"], "rainfall")
# ax.set(xlabel="date", ylabel="value", title="Daily weather")
# ax.legend()
# ```
#
# ```text
# ValueError: 'temperature' is not a valid format string (unrecognized character 't')
# ```
#
# Fix it."""
# prompt = """
# I want two lines from my `weather` table, `temperature` and `rainfall` against the date, with a \
# legend reading "temperature" and "rainfall", on `fig, ax`. This is what I have:
#
# ```python
# import matplotlib.pyplot as plt
#
# fig, ax = plt.subplots()
# ax.plot(weather.index, weather["temperature"], "temperature")
# ax.plot(weather.index, weather["rainfall"], "rainfall")
# ax.set(xlabel="date", ylabel="value", title="Daily weather")
# ax.legend()
# ```
#
# and it crashes with:
#
# ```text
# ValueError: 'temperature' is not a valid format string (unrecognized character 't')
# ```"""
# task_type = 'fix'
# domain = 'visualization'
# libraries = ['matplotlib', 'pandas']
# inputs = { weather = 'weather' }
# checks = [
#     'figure_summary(fig).axes[0].legend_labels == ["temperature", "rainfall"]',
#     'np.allclose(figure_summary(fig).axes[0].lines_xy[0][:, 1], weather["temperature"].to_numpy(), equal_nan=True) and np.allclose(figure_summary(fig).axes[0].lines_xy[1][:, 1], weather["rainfall"].to_numpy(), equal_nan=True)',
#     'figure_summary(fig).axes[0].n_lines == 2',
# ]
# difficulty = 'basic'
# tags = ['debugging', 'line-plot', 'legend']
# edge_cases = true
# ///
import matplotlib.pyplot as plt

fig, ax = plt.subplots()
# a third positional string is read as a format like "r--": the name goes in label=
ax.plot(weather.index, weather["temperature"], label="temperature")
ax.plot(weather.index, weather["rainfall"], label="rainfall")
ax.set(xlabel="date", ylabel="value", title="Daily weather")
ax.legend()
