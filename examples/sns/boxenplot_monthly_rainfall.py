# /// example
# task = """
# Show the distribution of daily `rainfall` in each calendar month of the DataFrame `weather` \
# (DatetimeIndex) as a letter-value plot (seaborn `boxenplot`, suited to skewed data with many \
# points) on `fig, ax`, x being the month number; label the x axis "Month" and the y axis \
# "Rainfall (mm/day)" and add a title."""
# prompt = """
# My DataFrame `weather` has a DatetimeIndex and a daily `rainfall` column. Show the rainfall \
# distribution in each calendar month (month number on the x axis) as a seaborn letter-value \
# (boxen) plot on `fig, ax`, since the data are skewed with lots of points; label the x axis \
# "Month" and the y axis "Rainfall (mm/day)" and add a title."""
# domain = 'visualization'
# libraries = ['seaborn', 'matplotlib']
# inputs = { weather = 'weather' }
# checks = [
#     'len(figure_summary(fig).axes[0].xticklabels) == weather.index.month.nunique()',
#     # a median line per month at its median rainfall; the letter-value boxes are collections (a box plot draws patches)
#     "(lambda medians, drawn: len(drawn) == len(medians) and np.allclose(np.sort(drawn), np.sort(medians)))(weather.groupby(weather.index.month)['rainfall'].median().dropna(), [ln.get_ydata()[0] for ln in ax.lines]) and len(ax.collections) >= weather.index.month.nunique()",
#     "figure_summary(fig).axes[0].xlabel == 'Month' and figure_summary(fig).axes[0].ylabel == 'Rainfall (mm/day)' and figure_summary(fig).axes[0].title != ''",
# ]
# difficulty = 'basic'
# tags = ['box-plot', 'time-series']
# edge_cases = true
# ///
import matplotlib.pyplot as plt
import seaborn as sns

fig, ax = plt.subplots(figsize=(8, 4))
# k_depth="tukey" adds boxes only as n grows (log2(n) - 3): ~30 days a month get just the IQR box
sns.boxenplot(x=weather.index.month, y=weather["rainfall"], ax=ax)
ax.set(xlabel="Month", ylabel="Rainfall (mm/day)", title="Daily rainfall by month")
