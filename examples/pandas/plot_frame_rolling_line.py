# /// example
# task = """
# Plot the daily `temperature` of `weather` together with its centred 7-day rolling mean using \
# `DataFrame.plot` on Matplotlib: put both series in one DataFrame with the columns `daily` and \
# `7-day mean` (the mean needs all 7 days, so the first and last three are missing) and plot them \
# as two lines on one Axes, with a y label, a title and the legend. Keep the figure in `fig` and \
# its Axes in `ax`."""
# prompt = """
# Using pandas' own plotting, show the daily `temperature` from `weather` and its centred 7-day \
# rolling mean (full 7-day windows only) as two lines on one Axes, with the legend entries \
# `daily` and `7-day mean`, a y-axis label and a title. Keep the figure in `fig` and the Axes in \
# `ax`."""
# domain = 'visualization'
# libraries = ['pandas', 'matplotlib']
# inputs = { weather = 'weather' }
# checks = [
#     'figure_summary(fig).axes[0].n_lines == 2',
#     'sorted(figure_summary(fig).axes[0].legend_labels) == ["7-day mean", "daily"]',
#     'any(np.allclose(xy[:, 1], weather["temperature"]) for xy in figure_summary(fig).axes[0].lines_xy)',
#     'any(np.allclose(xy[:, 1], weather["temperature"].rolling(7, center=True).mean(), equal_nan=True) for xy in figure_summary(fig).axes[0].lines_xy)',
#     'figure_summary(fig).axes[0].ylabel != "" and figure_summary(fig).axes[0].title != ""',
#     'ax.figure is fig',
# ]
# difficulty = 'basic'
# tags = ['line-plot', 'rolling-window', 'time-series', 'legend']
# edge_cases = true
# ///
import matplotlib.pyplot as plt
import pandas as pd

temperature = weather["temperature"]
smoothed = pd.DataFrame(
    {
        "daily": temperature,
        # center=True puts each mean on the middle day of its window
        "7-day mean": temperature.rolling(7, center=True).mean(),
    }
)

fig, ax = plt.subplots(figsize=(9, 4))
smoothed.plot(ax=ax, ylabel="temperature (°C)", title="Daily temperature and 7-day mean")
