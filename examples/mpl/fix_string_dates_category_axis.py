# /// example
# task = """
# This code should plot the daily revenue (`quantity` times `unit_price`, summed per \
# `order_date`) of the order lines `orders` as a line over time, in the figure `fig` with Axes \
# `ax`. It runs, but the days come out in the wrong order and the x axis is a list of text \
# labels instead of a time axis:
#
# ```python
# import matplotlib.pyplot as plt
#
# day = orders["order_date"].dt.strftime("%d %b")
# daily = (orders["quantity"] * orders["unit_price"]).groupby(day).sum()
# fig, ax = plt.subplots(figsize=(9, 4))
# ax.plot(daily.index, daily.to_numpy(), marker="o")
# ax.set(xlabel="date", ylabel="revenue", title="Daily revenue")
# ```
#
# Fix it so the x axis is a real date axis in chronological order (the tick labels may still \
# read like "05 Jan")."""
# prompt = """
# I want daily revenue (`quantity` * `unit_price` summed per `order_date`) from my `orders` table \
# as a line over time in `fig` / `ax`. With this the days are jumbled ("01 Feb" comes before \
# "02 Jan") and the axis is just text labels:
#
# ```python
# import matplotlib.pyplot as plt
#
# day = orders["order_date"].dt.strftime("%d %b")
# daily = (orders["quantity"] * orders["unit_price"]).groupby(day).sum()
# fig, ax = plt.subplots(figsize=(9, 4))
# ax.plot(daily.index, daily.to_numpy(), marker="o")
# ax.set(xlabel="date", ylabel="revenue", title="Daily revenue")
# ```
#
# I need a proper chronological date axis; ticks formatted like "05 Jan" would be nice."""
# task_type = 'fix'
# domain = 'visualization'
# libraries = ['matplotlib', 'pandas']
# inputs = { orders = 'orders' }
# checks = [
#     # x holds Matplotlib date numbers of the calendar days, in order, y the revenue of each day
#     '(lambda rev: np.allclose(figure_summary(fig).axes[0].lines_xy[0], np.column_stack([matplotlib.dates.date2num(rev.index.to_numpy()), rev.to_numpy()])))((orders["quantity"] * orders["unit_price"]).groupby(orders["order_date"].dt.floor("D")).sum().sort_index())',
#     'not isinstance(ax.xaxis.get_major_locator(), matplotlib.category.StrCategoryLocator) and not isinstance(ax.xaxis.get_major_formatter(), matplotlib.category.StrCategoryFormatter)',
#     'ax.get_xlabel() != "" and ax.get_ylabel() != ""',
# ]
# difficulty = 'advanced'
# tags = ['debugging', 'datetime', 'time-series', 'line-plot', 'tick-formatting']
# edge_cases = true
# ///
import matplotlib.dates as mdates
import matplotlib.pyplot as plt

# group on the datetime itself: strings sort alphabetically and become category ticks
day = orders["order_date"].dt.floor("D")
daily = (orders["quantity"] * orders["unit_price"]).groupby(day).sum()
fig, ax = plt.subplots(figsize=(9, 4))
ax.plot(daily.index, daily.to_numpy(), marker="o")
ax.xaxis.set_major_formatter(mdates.DateFormatter("%d %b"))
ax.set(xlabel="date", ylabel="revenue", title="Daily revenue")
