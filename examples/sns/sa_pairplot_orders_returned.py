# /// example
# task = """
# Add a `revenue` column (`quantity` times `unit_price`) to the order lines `orders` and draw a \
# seaborn pair plot of only the three columns `quantity`, `unit_price` and `revenue`, coloured by \
# `returned`, with histograms (not density curves) on the diagonal. Keep the grid in `g`."""
# prompt = """
# My `orders` table has `quantity` and `unit_price` per line and a `returned` flag. Add a \
# `revenue` column (quantity x unit price) and give me a pairplot of just the three columns `quantity`, \
# `unit_price` and `revenue`, coloured by `returned`, with histograms on the diagonal instead of \
# KDE curves. Keep the grid as `g`."""
# domain = 'visualization'
# libraries = ['seaborn', 'matplotlib', 'pandas', 'numpy']
# inputs = { orders = 'orders' }
# checks = [
#     'np.allclose(orders["revenue"], orders["quantity"] * orders["unit_price"])',
#     'g.axes.shape == (3, 3) and [ax.get_xlabel() for ax in g.axes[-1]] == ["quantity", "unit_price", "revenue"]',
#     # the revenue-vs-quantity panel holds every order line once
#     'np.allclose(sorted(map(tuple, np.concatenate(axes_summary(g.axes[2, 0]).scatter_xy))), sorted(map(tuple, np.column_stack([orders["quantity"], orders["quantity"] * orders["unit_price"]]))))',
#     # diagonal histograms: the counts of all hue levels add up to the number of rows
#     'all(np.isclose(sum(np.sum(h) for h in axes_summary(g.diag_axes[i]).bar_heights), len(orders)) for i in range(3))',
#     'g.legend is not None and sorted(t.get_text() for t in g.legend.get_texts()) == sorted(str(v) for v in orders["returned"].unique())',
# ]
# difficulty = 'basic'
# tags = ['scatter-plot', 'histogram', 'semantic-mapping', 'derived-columns']
# edge_cases = true
# ///
import seaborn as sns

orders["revenue"] = orders["quantity"] * orders["unit_price"]
# vars= restricts the grid to these columns; order_id would otherwise get a row too
g = sns.pairplot(
    orders, vars=["quantity", "unit_price", "revenue"], hue="returned", diag_kind="hist", height=1.8
)
