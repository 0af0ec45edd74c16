# /// example
# task = """
# From the daily table `weather` (DatetimeIndex, columns `temperature` and `rainfall`), compute \
# the monthly mean temperature and monthly total rainfall into `monthly` (one row per calendar \
# month in time order, columns `temperature` and `rainfall`). With the seaborn objects interface \
# connect the months in time order as a climate loop, rainfall on x and temperature on y \
# (`so.Path(marker="o")`, which keeps the data order instead of sorting by x), on a white \
# background set through `.theme({"axes.facecolor": "white"})`. Label the axes "monthly rainfall \
# (mm)" and "mean temperature (C)", add a title, and draw it onto `fig, ax` with `.on(ax)`."""
# prompt = """
# I want a climate loop from my daily `weather` data: monthly total `rainfall` on x against \
# monthly mean `temperature` on y, the months joined in calendar order (so the line goes round \
# the year rather than being sorted by rainfall), with a marker per month. Keep the monthly table \
# in `monthly` (`temperature`, `rainfall`, one row per month in order). Please use seaborn.objects \
# on my `fig, ax` with a plain white axes background (set via `.theme`), axis labels \
# "monthly rainfall (mm)" and "mean temperature (C)", and a title."""
# domain = 'visualization'
# libraries = ['seaborn', 'matplotlib', 'pandas']
# inputs = { weather = 'weather' }
# checks = [
#     '(lambda g: np.allclose(monthly["temperature"].to_numpy(), g["temperature"].mean().to_numpy(), equal_nan=True) and np.allclose(monthly["rainfall"].to_numpy(), g["rainfall"].sum().to_numpy()))(weather.groupby(weather.index.to_period("M")))',
#     # the path visits the months in time order, not sorted by rainfall
#     'np.allclose(figure_summary(fig).axes[0].lines_xy[0], monthly[["rainfall", "temperature"]].dropna().to_numpy())',
#     'matplotlib.colors.same_color(ax.get_facecolor(), "white")',
#     'figure_summary(fig).axes[0].xlabel == "monthly rainfall (mm)" and figure_summary(fig).axes[0].ylabel == "mean temperature (C)"',
# ]
# difficulty = 'intermediate'
# tags = ['line-plot', 'time-series', 'resampling', 'styling']
# edge_cases = true
# ///
import matplotlib.pyplot as plt
import seaborn.objects as so

by_month = weather.groupby(weather.index.to_period("M"))
monthly = by_month.agg({"temperature": "mean", "rainfall": "sum"})

fig, ax = plt.subplots()
(
    so.Plot(monthly, x="rainfall", y="temperature")
    # Path joins points in data order; Line would sort them by x first
    .add(so.Path(marker="o"))
    .theme({"axes.facecolor": "white"})
    .label(x="monthly rainfall (mm)", y="mean temperature (C)", title="Monthly climate loop")
    .on(ax)
    .plot()
)
