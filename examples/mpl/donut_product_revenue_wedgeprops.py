# /// example
# task = """
# From the order lines `orders`, compute each product's revenue (`quantity` times `unit_price`, \
# summed per `product`) into the Series `revenue`, and draw it as a donut chart: a pie whose \
# wedges are rings 0.4 wide (radius 1), one wedge per product labelled with its name. Keep the \
# figure in `fig` and its Axes in `ax`, and give it a title."""
# prompt = """
# I'd like a donut chart of revenue by product from my order lines `orders` (columns `product`, \
# `quantity`, `unit_price`). Put the revenue per product in a Series `revenue`, then draw a pie \
# with a hole in the middle: ring width `0.4` of the radius 1, each wedge labelled with the \
# product name, plus a title. Keep `fig` and `ax`."""
# domain = 'visualization'
# libraries = ['matplotlib', 'pandas']
# inputs = { orders = 'orders' }
# checks = [
#     'np.allclose(revenue.sort_index().to_numpy(), (orders["quantity"] * orders["unit_price"]).groupby(orders["product"]).sum().sort_index().to_numpy())',
#     # each wedge spans its product's share of the full circle
#     '(lambda shares: sorted(w.get_label() for w in ax.patches) == sorted(shares.index) and all(np.isclose((w.theta2 - w.theta1) / 360, shares[w.get_label()]) for w in ax.patches))((orders["quantity"] * orders["unit_price"]).groupby(orders["product"]).sum() / (orders["quantity"] * orders["unit_price"]).sum())',
#     'all(isinstance(w, matplotlib.patches.Wedge) and np.isclose(w.width, 0.4) and np.isclose(w.r, 1.0) for w in ax.patches)',
#     'figure_summary(fig).axes[0].title != ""',
# ]
# difficulty = 'basic'
# tags = ['aggregation', 'groupby', 'styling']
# edge_cases = true
# ///
import matplotlib.pyplot as plt

revenue = (orders["quantity"] * orders["unit_price"]).groupby(orders["product"]).sum()

fig, ax = plt.subplots(figsize=(4, 4))
# a wedge width below the radius leaves the hole that turns the pie into a donut
ax.pie(revenue, labels=revenue.index, radius=1.0, wedgeprops={"width": 0.4})
ax.set_title("Revenue by product")
