# /// example
# task = """
# Plot the daily `temperature` (deg C) of `weather` (DatetimeIndex) as a line on the Axes `ax` \
# of the figure `fig`, and add on the right a secondary y axis `fahrenheit_axis` that reads the \
# same line in degrees Fahrenheit (F = C * 9 / 5 + 32), labelled "temperature (deg F)". Label \
# the left axis "temperature (deg C)", the x axis, and add a title."""
# prompt = """
# I plot daily `temperature` in Celsius from my `weather` frame on `ax` in `fig`, but half my \
# readers think in Fahrenheit. Could you add a second y axis on the right, `fahrenheit_axis`, \
# showing the same scale converted (F = C * 9 / 5 + 32) and labelled "temperature (deg F)", \
# with the left one labelled "temperature (deg C)", plus an x label and a title?"""
# domain = 'visualization'
# libraries = ['matplotlib', 'pandas']
# inputs = { weather = 'weather' }
# checks = [
#     'np.allclose(figure_summary(fig).axes[0].lines_xy[0], np.column_stack([matplotlib.dates.date2num(weather.index), weather["temperature"].to_numpy()]), equal_nan=True)',
#     # after a draw the secondary axis spans the main limits converted to Fahrenheit
#     '(fig.draw_without_rendering(), np.allclose(fahrenheit_axis.get_ylim(), np.array(ax.get_ylim()) * 9 / 5 + 32))[1]',
#     'fahrenheit_axis in ax.child_axes and fahrenheit_axis.get_ylabel() == "temperature (deg F)" and ax.get_ylabel() == "temperature (deg C)"',
#     'ax.get_xlabel() != "" and ax.get_title() != ""',
# ]
# difficulty = 'intermediate'
# tags = ['twin-axes', 'line-plot', 'time-series']
# edge_cases = true
# ///
import matplotlib.pyplot as plt


def celsius_to_fahrenheit(celsius):
    return celsius * 9 / 5 + 32


def fahrenheit_to_celsius(fahrenheit):
    return (fahrenheit - 32) * 5 / 9


fig, ax = plt.subplots(figsize=(9, 4))
ax.plot(weather.index, weather["temperature"])
ax.set(xlabel="date", ylabel="temperature (deg C)", title="Daily temperature")
# the secondary axis needs the conversion and its inverse to place its ticks
fahrenheit_axis = ax.secondary_yaxis(
    "right", functions=(celsius_to_fahrenheit, fahrenheit_to_celsius)
)
fahrenheit_axis.set_ylabel("temperature (deg F)")
