# /// example
# task = '''
# Write the function `shade_weekends` below, then plot the `sensor_a` channel of `sensor`
# against its date index on `fig, ax`, shade its weekend days with it and keep the returned
# count in `n_bands`.
#
# ```python
# def shade_weekends(ax, dates, color="0.9"):
#     """Shade every Saturday and Sunday present in `dates` (timestamps of
#     any time of day; repeats and any order allowed) on `ax` with one vertical
#     band per distinct weekend day, from that day's midnight to the next
#     midnight, drawn behind the data. Return the number of bands.
#     """
# ```'''
# prompt = '''
# I'd like a helper `shade_weekends(ax, dates, color="0.9")` for my time-series plots: for each
# distinct Saturday or Sunday found in `dates` (they can have times of day, repeats, any order),
# draw a vertical band on `ax` covering that whole calendar day (midnight to midnight) behind
# the lines, and return how many bands it drew. Then use it on a plot of `sensor_a` from my
# daily `sensor` table (date index) on `fig, ax` and store the count in `n_bands`.'''
# task_type = 'function'
# domain = 'visualization'
# libraries = ['matplotlib', 'pandas', 'numpy']
# inputs = { sensor = 'sensor' }
# checks = [
#     # Monday 4 March to Sunday 17 March 2024, with times of day and repeats: 4 weekend days
#     '(lambda ax, days: (ax.plot(days, np.arange(len(days))), shade_weekends(ax, days) == 4 and sorted(tuple(np.round([ax.transData.inverted().transform(p.get_verts())[:, 0].min(), ax.transData.inverted().transform(p.get_verts())[:, 0].max()], 6)) for p in ax.patches) == [tuple(np.round(matplotlib.dates.date2num(pd.to_datetime([d, d]) + pd.to_timedelta([0, 1], unit="D")), 6)) for d in ["2024-03-09", "2024-03-10", "2024-03-16", "2024-03-17"]])[-1])(matplotlib.pyplot.subplots()[1], pd.DatetimeIndex(list(pd.date_range("2024-03-04 06:30", periods=14, freq="D")) + [pd.Timestamp("2024-03-09 23:00")]))',
#     # weekdays only: no band
#     '(lambda ax: (ax.plot(pd.date_range("2024-03-04", periods=5, freq="D"), range(5)), shade_weekends(ax, pd.date_range("2024-03-04", periods=5, freq="D")) == 0 and len(ax.patches) == 0)[-1])(matplotlib.pyplot.subplots()[1])',
#     # reversed order, one Sunday only; the band sits behind the line
#     '(lambda ax, days: (ax.plot(days, [1.0, 2.0]), shade_weekends(ax, days[::-1], color="gold") == 1 and len(ax.patches) == 1 and ax.patches[0].get_zorder() < ax.lines[0].get_zorder())[-1])(matplotlib.pyplot.subplots()[1], pd.DatetimeIndex(["2024-03-10 12:00", "2024-03-11 08:00"]))',
#     'n_bands == pd.DatetimeIndex(sensor.index).normalize().unique().day_of_week.isin([5, 6]).sum() == len(ax.patches)',
#     'np.allclose(figure_summary(fig).axes[0].lines_xy[0][:, 1], sensor["sensor_a"].to_numpy(), equal_nan=True)',
# ]
# difficulty = 'intermediate'
# tags = ['reusable-function', 'time-series', 'datetime', 'annotation']
# edge_cases = true
# ///
import matplotlib.pyplot as plt
import pandas as pd


def shade_weekends(ax, dates, color="0.9"):
    """Shade every Saturday and Sunday present in `dates` (timestamps of
    any time of day; repeats and any order allowed) on `ax` with one vertical
    band per distinct weekend day, from that day's midnight to the next
    midnight, drawn behind the data. Return the number of bands.
    """
    days = pd.DatetimeIndex(dates).normalize().unique()
    weekend_days = days[days.day_of_week >= 5]
    for day in weekend_days:
        # zorder 0 keeps the band under lines and markers
        ax.axvspan(day, day + pd.Timedelta(days=1), color=color, zorder=0)
    return len(weekend_days)


fig, ax = plt.subplots(figsize=(6, 3))
ax.plot(sensor.index, sensor["sensor_a"])
n_bands = shade_weekends(ax, sensor.index)
ax.set(xlabel="date", ylabel="sensor_a", title="Sensor A with weekends shaded")
