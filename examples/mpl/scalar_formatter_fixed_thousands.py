# /// example
# task = """
# Sum the monthly (numeric) sales columns of `store_sales` over all stores into the Series `monthly_total` \
# (indexed by the month names "2024-01" ... "2024-12") and plot it as a line with markers. Show \
# the y tick labels in thousands: a `ScalarFormatter` whose order of magnitude is fixed at 3 (the \
# "1e3" multiplier shown once above the axis) and no additive offset. Keep the figure in `fig` \
# and its Axes in `ax`, with axis labels and a title."""
# prompt = """
# From my wide table `store_sales` (a `store` column and one sales column per month), total \
# each month over the stores into `monthly_total` and plot it as a line with markers. The y \
# ticks are long numbers; I want them shown in thousands with a single x1e3 factor at the top \
# of the axis (exponent fixed at `3`, no offset), using matplotlib's ScalarFormatter. Keep \
# `fig` and `ax`, label it."""
# domain = 'visualization'
# libraries = ['matplotlib', 'pandas']
# inputs = { store_sales = 'store_sales' }
# checks = [
#     'np.allclose(monthly_total.to_numpy(), store_sales.select_dtypes("number").sum().to_numpy()) and list(monthly_total.index) == list(store_sales.select_dtypes("number").columns)',
#     'np.allclose(figure_summary(fig).axes[0].lines_xy[0][:, 1], store_sales.select_dtypes("number").sum().to_numpy())',
#     # after drawing, every tick label times 1000 is its tick value
#     '(fig.canvas.draw(), ax.yaxis.get_major_formatter().orderOfMagnitude == 3 and all(np.isclose(float(t.get_text().replace("\u2212", "-")) * 1000, t.get_position()[1], rtol=1e-6, atol=1e-9) for t in ax.get_yticklabels() if t.get_text()))[-1]',
#     'figure_summary(fig).axes[0].title != "" and figure_summary(fig).axes[0].ylabel != ""',
# ]
# difficulty = 'intermediate'
# tags = ['tick-formatting', 'aggregation', 'line-plot']
# edge_cases = true
# ///
import matplotlib.pyplot as plt
from matplotlib.ticker import ScalarFormatter

monthly_total = store_sales.select_dtypes("number").sum()

fig, ax = plt.subplots(figsize=(6, 3.5))
ax.plot(monthly_total.index, monthly_total.to_numpy(), marker="o")
formatter = ScalarFormatter(useOffset=False)
# equal limits (3, 3) pin the exponent at 3 instead of letting it float
formatter.set_powerlimits((3, 3))
ax.yaxis.set_major_formatter(formatter)
ax.set(xlabel="month", ylabel="sales", title="Total monthly sales")
