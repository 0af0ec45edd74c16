# /// example
# task = """
# Resample the daily DataFrame `weather` (DatetimeIndex) to weekly values `weekly` (mean \
# `temperature`, total `rainfall`), draw the weekly temperature with seaborn `lineplot` on `fig, \
# ax` and the weekly rainfall as bars on a twin y axis `rain_ax`, keeping the line in front of \
# the bars; label the y axes "Temperature (°C)" and "Rainfall (mm/week)" and the x axis, add a \
# title and one legend listing "Mean temperature" and "Weekly rainfall"."""
# prompt = """
# Resample my daily DataFrame `weather` (DatetimeIndex) to weekly values `weekly` using pandas' \
# default weekly bins: mean `temperature` and total `rainfall`. Draw the weekly temperature as a \
# seaborn line on `fig, ax` and the weekly rainfall as bars on a twin y axis `rain_ax`, with the \
# line's axes kept in front of the bars. Label the y axes "Temperature (°C)" and "Rainfall \
# (mm/week)" and the x axis, add a title, and make a single legend listing "Mean temperature" and \
# "Weekly rainfall"."""
# domain = 'visualization'
# libraries = ['seaborn', 'matplotlib', 'pandas']
# inputs = { weather = 'weather' }
# checks = [
#     "np.allclose(weekly['rainfall'], weather['rainfall'].resample('W').sum())",
#     'set(fig.axes) == {ax, rain_ax} and len(rain_ax.patches) == len(weekly)',
#     # exactly one legend, on either Axes or on the figure, listing both series
#     "(lambda legs: len(legs) == 1 and sorted(t.get_text() for t in legs[0].get_texts()) == ['Mean temperature', 'Weekly rainfall'])([leg for leg in (ax.get_legend(), rain_ax.get_legend(), *fig.legends) if leg is not None])",
#     "sorted(figure_summary(fig).ylabels) == sorted(['Temperature (°C)', 'Rainfall (mm/week)'])",
#     'ax.get_zorder() > rain_ax.get_zorder()',
# ]
# difficulty = 'advanced'
# tags = ['line-plot', 'twin-axes', 'resampling', 'time-series']
# edge_cases = true
# ///
import matplotlib.pyplot as plt
import seaborn as sns

weekly = weather.resample("W").agg({"temperature": "mean", "rainfall": "sum"})
fig, ax = plt.subplots(figsize=(9, 4))
sns.lineplot(
    x=weekly.index,
    y=weekly["temperature"],
    color="tab:red",
    label="Mean temperature",
    legend=False,
    ax=ax,
)
rain_ax = ax.twinx()
rain_ax.bar(
    weekly.index, weekly["rainfall"], width=5, color="tab:blue", alpha=0.4, label="Weekly rainfall"
)
# a twin axes is drawn on top: raise the line's axes and make its background transparent
ax.set_zorder(rain_ax.get_zorder() + 1)
ax.patch.set_visible(False)
ax.set(xlabel="Week", ylabel="Temperature (°C)", title="Weekly temperature and rainfall")
rain_ax.set_ylabel("Rainfall (mm/week)")
# one legend for both Axes: the handles and labels of each, side by side
temperature_handles, temperature_labels = ax.get_legend_handles_labels()
rain_handles, rain_labels = rain_ax.get_legend_handles_labels()
ax.legend(temperature_handles + rain_handles, temperature_labels + rain_labels, loc="upper left")
