# /// example
# task = """
# From the daily table `weather` compute `monthly`, indexed by calendar month (first day of the \
# month), with the mean `temperature` and the total `rainfall` of each month. Plot both as lines \
# with pandas on one figure: temperature on the left y axis of `ax` (label "mean temperature \
# (°C)"), rainfall on a secondary right-hand y axis (label "total rainfall (mm)"), a single \
# legend on `ax` listing "temperature" and "rainfall", and the title "Monthly temperature and \
# rainfall". Keep the figure (2 Axes: `ax` and its right-hand twin) in `fig`."""
# prompt = """
# I want a monthly climate chart from my daily `weather` frame: first aggregate to `monthly` \
# (index = first day of each month) with the average `temperature` and the summed `rainfall`, \
# then draw both as lines on `fig`, `ax` with temperature against the left axis ("mean \
# temperature (°C)") and rainfall against a second axis on the right ("total rainfall (mm)"), \
# since their units differ, so the figure has 2 Axes. One legend on `ax` with entries \
# "temperature" and "rainfall", and the title "Monthly temperature and rainfall"."""
# domain = 'visualization'
# libraries = ['pandas', 'matplotlib']
# inputs = { weather = 'weather' }
# checks = [
#     'np.allclose(monthly["temperature"].to_numpy(dtype=float), [weather["temperature"].to_numpy()[(weather.index.year == m.year) & (weather.index.month == m.month)].mean() for m in monthly.index])',
#     'np.allclose(monthly["rainfall"].to_numpy(dtype=float), [weather["rainfall"].to_numpy()[(weather.index.year == m.year) & (weather.index.month == m.month)].sum() for m in monthly.index])',
#     'list(monthly.index) == sorted({pd.Timestamp(d.year, d.month, 1) for d in weather.index})',
#     'figure_summary(fig).n_axes == 2',
#     'np.allclose(figure_summary(fig).axes[0].lines_xy[0][:, 1], monthly["temperature"].to_numpy(dtype=float))',
#     'np.allclose(figure_summary(fig).axes[1].lines_xy[0][:, 1], monthly["rainfall"].to_numpy(dtype=float))',
#     'figure_summary(fig).axes[0].ylabel == "mean temperature (°C)" and figure_summary(fig).axes[1].ylabel == "total rainfall (mm)"',
#     'sorted(figure_summary(fig).axes[0].legend_labels) == ["rainfall", "temperature"]',
#     'figure_summary(fig).axes[0].title == "Monthly temperature and rainfall"',
# ]
# difficulty = 'advanced'
# tags = ['twin-axes', 'line-plot', 'resampling', 'legend']
# edge_cases = true
# ///
import matplotlib.pyplot as plt

monthly = weather.resample("MS").agg({"temperature": "mean", "rainfall": "sum"})

fig, ax = plt.subplots(figsize=(9, 4))
# secondary_y moves rainfall to a right-hand axis (ax.right_ax); mark_right=False keeps its
# legend label plain instead of "rainfall (right)"
monthly.plot(ax=ax, secondary_y="rainfall", mark_right=False, marker="o")
ax.set_ylabel("mean temperature (°C)")
ax.right_ax.set_ylabel("total rainfall (mm)")
ax.set_title("Monthly temperature and rainfall")
