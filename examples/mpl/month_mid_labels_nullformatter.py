# /// example
# task = """
# Plot the daily `temperature` of `weather` on `fig, ax` and label the months between their \
# boundaries: major ticks at the first day of every month (`MonthLocator()`) without labels \
# (`NullFormatter`), and minor ticks on the 15th of every month (`MonthLocator(bymonthday=15)`) \
# carrying the abbreviated month name (`DateFormatter("%b")`, e.g. "Jan") with zero tick length. \
# Add a y label and a title."""
# prompt = """
# On my daily `temperature` plot from `weather` (`fig, ax`) I want month names centred in each \
# month, not under the month boundaries: unlabelled major ticks on the 1st of each month, and \
# the names ("Jan", "Feb", ... from "%b") on invisible minor ticks placed on the 15th (day 15). A y label \
# and title, please."""
# domain = 'visualization'
# libraries = ['matplotlib', 'pandas']
# inputs = { weather = 'weather' }
# checks = [
#     'np.allclose(figure_summary(fig).axes[0].lines_xy[0][:, 1], weather["temperature"].to_numpy(), equal_nan=True)',
#     # majors on the 1st without text, minors on the 15th with the month abbreviation
#     '(fig.canvas.draw(), all(matplotlib.dates.num2date(t).day == 1 for t in ax.xaxis.get_majorticklocs()) and all(lab.get_text() == "" for lab in ax.get_xticklabels()))[-1]',
#     # any 31 days hold a 15th, a shorter series may not
#     '(fig.canvas.draw(), all(matplotlib.dates.num2date(t).day == 15 and lab.get_text() == matplotlib.dates.num2date(t).strftime("%b") for t, lab in zip(ax.xaxis.get_minorticklocs(), ax.get_xticklabels(minor=True))) and (len(ax.xaxis.get_minorticklocs()) > 0 or (weather.index.max() - weather.index.min()).days < 31))[-1]',
#     'all(t.tick1line.get_markersize() == 0 for t in ax.xaxis.get_minor_ticks())',
#     'figure_summary(fig).axes[0].ylabel != "" and figure_summary(fig).axes[0].title != ""',
# ]
# difficulty = 'intermediate'
# tags = ['datetime', 'tick-formatting', 'time-series']
# edge_cases = true
# ///
import matplotlib.dates as mdates
import matplotlib.pyplot as plt
from matplotlib.ticker import NullFormatter

fig, ax = plt.subplots(figsize=(6, 3.5))
ax.plot(weather.index, weather["temperature"].to_numpy())
ax.xaxis.set_major_locator(mdates.MonthLocator())
ax.xaxis.set_major_formatter(NullFormatter())
# the label sits on a mid-month minor tick, so it appears centred in its month
ax.xaxis.set_minor_locator(mdates.MonthLocator(bymonthday=15))
ax.xaxis.set_minor_formatter(mdates.DateFormatter("%b"))
ax.tick_params(axis="x", which="minor", length=0)
ax.set(ylabel="temperature (°C)", title="Daily temperature")
