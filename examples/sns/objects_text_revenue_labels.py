# /// example
# task = """
# From the order lines `orders` (`product`, `quantity`, `unit_price`, ...), compute the revenue \
# per product (sum of `quantity` times `unit_price`) into a DataFrame `revenue` with columns \
# `product`, `revenue` and `label` (the revenue rounded to whole units with a thousands \
# separator, e.g. "1,234"), sorted from highest to lowest revenue. With the seaborn objects \
# interface draw one bar per product (`so.Bar()`) and write each `label` just above its bar \
# (`so.Text(valign="bottom")`); label the axes "product" and "revenue", add a title, and draw it \
# onto `fig, ax` with `.on(ax)`."""
# prompt = """
# I'd like a bar chart of revenue per product from my `orders` table (revenue = `quantity` x \
# `unit_price`, summed per `product`), biggest first, with each bar's value written on top of it \
# like "1,234" (whole units, comma thousands separator). Keep the table in `revenue` with columns \
# `product`, `revenue`, `label`, and draw it with seaborn.objects (Bar and Text marks, the text \
# anchored at its bottom so it sits just above the bar) on my `fig, ax`, with axis labels \
# "product" and "revenue" and a title."""
# domain = 'visualization'
# libraries = ['seaborn', 'matplotlib', 'pandas']
# inputs = { orders = 'orders' }
# checks = [
#     '(lambda totals: len(revenue) == len(totals) and np.allclose(revenue["revenue"].to_numpy(), totals.loc[revenue["product"]].to_numpy()) and revenue["revenue"].is_monotonic_decreasing)((orders["quantity"] * orders["unit_price"]).groupby(orders["product"]).sum())',
#     # bars left to right carry the revenues from highest to lowest
#     'np.allclose(np.concatenate(figure_summary(fig).axes[0].bar_heights)[np.argsort(np.concatenate(figure_summary(fig).axes[0].bar_centers))], np.sort((orders["quantity"] * orders["unit_price"]).groupby(orders["product"]).sum().to_numpy())[::-1])',
#     'sorted(figure_summary(fig).axes[0].texts) == sorted(f"{v:,.0f}" for v in (orders["quantity"] * orders["unit_price"]).groupby(orders["product"]).sum())',
#     # each label is anchored at the top of its bar by its lower edge, so it sits just above the bar
#     'all(np.isclose(t.get_position()[1], float(t.get_text().replace(",", "")), atol=0.51) and t.get_verticalalignment() == "bottom" for t in ax.texts)',
#     'figure_summary(fig).axes[0].xlabel == "product" and figure_summary(fig).axes[0].ylabel == "revenue"',
# ]
# difficulty = 'intermediate'
# tags = ['bar-chart', 'annotation', 'aggregation', 'sorting']
# edge_cases = true
# ///
import matplotlib.pyplot as plt
import seaborn.objects as so

revenue = (
    orders.assign(revenue=orders["quantity"] * orders["unit_price"])
    .groupby("product", as_index=False)["revenue"]
    .sum()
    .sort_values("revenue", ascending=False)
    .reset_index(drop=True)
)
revenue["label"] = revenue["revenue"].map("{:,.0f}".format)

fig, ax = plt.subplots(figsize=(7, 4))
(
    so.Plot(revenue, x="product", y="revenue", text="label")
    .add(so.Bar())
    # valign="bottom" puts the text's lower edge at the bar top, so it sits above the bar
    .add(so.Text(valign="bottom"))
    .label(x="product", y="revenue", title="Revenue per product")
    .on(ax)
    .plot()
)
