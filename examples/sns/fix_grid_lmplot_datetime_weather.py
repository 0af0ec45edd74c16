# /// example
# task = """
# This code should show the linear trend of daily `temperature` in the table `weather` (indexed \
# by date, index name `date`) as a seaborn `lmplot` without a confidence band, and keep the grid \
# in `g`, but it raises an error:
#
# ```python
# import seaborn as sns
#
# g = sns.lmplot(data=weather.reset_index(), x="date", y="temperature", ci=None, height=3)
# ```
#
# ```text
# TypeError: float() argument must be a string or a real number, not 'Timestamp'
# ```
#
# Fix it by regressing on the number of days since the first date, in a column named `day`, with \
# the x axis labelled "days since start"."""
# prompt = """
# I want a straight-line trend through my daily `weather` temperatures (DatetimeIndex named \
# `date`) using seaborn's `lmplot` with no confidence band, grid kept as `g`:
#
# ```python
# import seaborn as sns
#
# g = sns.lmplot(data=weather.reset_index(), x="date", y="temperature", ci=None, height=3)
# ```
#
# ```text
# TypeError: float() argument must be a string or a real number, not 'Timestamp'
# ```
#
# Please fix it: regress on days since the first date (a `day` column) and label x \
# "days since start"."""
# task_type = 'fix'
# domain = 'visualization'
# libraries = ['seaborn', 'pandas', 'numpy']
# inputs = { weather = 'weather' }
# checks = [
#     '(lambda days: np.allclose(np.sort(axes_summary(g.ax).scatter_xy[0][:, 0]), np.sort(days)))(((weather.index - weather.index.min()) / pd.Timedelta(days=1)).to_numpy())',
#     # the line is the least-squares trend of temperature on days since the first date
#     '(lambda days, drawn: np.ptp(days) == 0 or np.allclose(drawn.lines_xy[0][:, 1], np.polyval(np.polyfit(days, weather["temperature"], 1), drawn.lines_xy[0][:, 0])))(((weather.index - weather.index.min()) / pd.Timedelta(days=1)).to_numpy(), axes_summary(g.ax))',
#     'g.ax.get_xlabel() == "days since start"',
# ]
# difficulty = 'basic'
# tags = ['debugging', 'regression', 'time-series', 'datetime']
# edge_cases = true
# ///
import seaborn as sns

# regression needs numbers: turn the dates into days elapsed since the first one
trend_data = weather.reset_index().assign(day=lambda d: (d["date"] - d["date"].min()).dt.days)
g = sns.lmplot(data=trend_data, x="day", y="temperature", ci=None, height=3)
g.set_axis_labels("days since start", "temperature")
