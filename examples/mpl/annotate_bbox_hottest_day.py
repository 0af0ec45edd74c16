# /// example
# task = """
# Plot the daily `temperature` of `weather` and annotate its hottest day with `annotate`: an \
# arrow pointing at the maximum (date, temperature), the text "max {t:.1f} °C on {date:%d %b}" \
# (e.g. "max 31.4 °C on 17 Jul", first date if tied) placed 40 points left of and 20 points \
# below the point (offset points), inside a rounded box (`bbox` with `boxstyle="round"`). Keep \
# the figure in `fig` and its Axes in `ax`, with axis labels and a title."""
# prompt = """
# In my daily `weather` table I'd like the `temperature` line with a callout on the hottest \
# day: an arrow to the peak and a label like "max 31.4 °C on 17 Jul" (one decimal, day and short \
# month; the first such day if several tie) in a rounded box, offset 40 points to the left and \
# 20 points down from the point ("offset points"). Keep `fig` and `ax`, label the axes, add a title."""
# domain = 'visualization'
# libraries = ['matplotlib', 'pandas']
# inputs = { weather = 'weather' }
# checks = [
#     '(lambda a, day, top: a.get_text() == f"max {top:.1f} °C on {day:%d %b}" and np.isclose(ax.xaxis.convert_units(a.xy[0]), matplotlib.dates.date2num(day)) and np.isclose(a.xy[1], top))(ax.texts[0], weather["temperature"].idxmax(), weather["temperature"].max())',
#     'ax.texts[0].arrow_patch is not None and isinstance(ax.texts[0].get_bbox_patch().get_boxstyle(), matplotlib.patches.BoxStyle.Round)',
#     # the text sits at (-40, -20) points from the annotated point
#     'ax.texts[0].anncoords == "offset points" and np.allclose(ax.texts[0].xyann, (-40, -20))',
#     'np.allclose(figure_summary(fig).axes[0].lines_xy[0][:, 1], weather["temperature"].to_numpy(), equal_nan=True)',
#     'figure_summary(fig).axes[0].xlabel != "" and figure_summary(fig).axes[0].title != ""',
# ]
# difficulty = 'intermediate'
# tags = ['annotation', 'time-series']
# edge_cases = true
# ///
import matplotlib.pyplot as plt

temperature = weather["temperature"]
hottest_day = temperature.idxmax()
peak = temperature.max()

fig, ax = plt.subplots(figsize=(6, 3.5))
ax.plot(temperature.index, temperature.to_numpy())
ax.annotate(
    f"max {peak:.1f} °C on {hottest_day:%d %b}",
    xy=(hottest_day, peak),
    # offset points keep the callout at the same distance whatever the axis ranges
    xytext=(-40, -20),
    textcoords="offset points",
    ha="right",
    bbox={"boxstyle": "round", "facecolor": "lightyellow"},
    arrowprops={"arrowstyle": "->"},
)
ax.set(xlabel="date", ylabel="temperature (°C)", title="Daily temperature")
