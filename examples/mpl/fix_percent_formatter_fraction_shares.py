# /// example
# task = """
# This code plots, for every product in `orders`, the share of order lines that were returned \
# (a fraction between 0 and 1) as vertical bars on `fig, ax`, with the y axis in whole percents. It runs, \
# but a share of 0.25 is labelled "0%" instead of "25%":
#
# ```python
# import matplotlib.pyplot as plt
# from matplotlib.ticker import PercentFormatter
#
# return_share = orders.groupby("product")["returned"].mean()
# fig, ax = plt.subplots()
# ax.bar(return_share.index, return_share.to_numpy())
# ax.yaxis.set_major_formatter(PercentFormatter(decimals=0))
# ax.set(xlabel="product", ylabel="returned lines", title="Return rate by product")
# ```
#
# Fix it so that each y tick t is labelled as 100 * t with no decimals and a "%" sign \
# ("25%")."""
# prompt = """
# I plot the fraction of returned order lines per `product` from `orders` as vertical bars on `fig, ax` \
# and want the y ticks in whole percent, like "25%" for 0.25, but they come out as "0%", "1%":
#
# ```python
# import matplotlib.pyplot as plt
# from matplotlib.ticker import PercentFormatter
#
# return_share = orders.groupby("product")["returned"].mean()
# fig, ax = plt.subplots()
# ax.bar(return_share.index, return_share.to_numpy())
# ax.yaxis.set_major_formatter(PercentFormatter(decimals=0))
# ax.set(xlabel="product", ylabel="returned lines", title="Return rate by product")
# ```"""
# task_type = 'fix'
# domain = 'visualization'
# libraries = ['matplotlib', 'pandas']
# inputs = { orders = 'orders' }
# checks = [
#     'np.allclose(figure_summary(fig).axes[0].bar_heights[0], orders.groupby("product")["returned"].mean().to_numpy())',
#     # every visible tick t reads 100 * t as a whole percent
#     '(fig.canvas.draw(), all(t.get_text().replace("\u2212", "-") == f"{100 * t.get_position()[1]:.0f}%" for t in ax.get_yticklabels() if t.get_text()))[-1]',
#     'figure_summary(fig).axes[0].bar_orientations == ["vertical"] and (fig.canvas.draw(), any(t.get_text() for t in ax.get_yticklabels()))[-1]',
# ]
# difficulty = 'basic'
# tags = ['debugging', 'tick-formatting', 'bar-chart']
# edge_cases = true
# ///
import matplotlib.pyplot as plt
from matplotlib.ticker import PercentFormatter

return_share = orders.groupby("product")["returned"].mean()
fig, ax = plt.subplots()
ax.bar(return_share.index, return_share.to_numpy())
# xmax=1: the data are fractions, so 1.0 is 100% (the default xmax is 100)
ax.yaxis.set_major_formatter(PercentFormatter(xmax=1, decimals=0))
ax.set(xlabel="product", ylabel="returned lines", title="Return rate by product")
