# /// example
# task = """
# The order lines `orders` (columns `customer`, `product`, `quantity`, ...) should be drawn in \
# the figure `fig` as a seaborn heatmap of the total `quantity` each customer bought of each \
# product (customers as rows, products as columns), but the reshaping step raises an error, \
# because a customer can buy the same product in several orders:
#
# ```python
# import matplotlib.pyplot as plt
# import seaborn as sns
#
# totals = orders.pivot(index="customer", columns="product", values="quantity")
# fig, ax = plt.subplots(figsize=(6, 6))
# sns.heatmap(totals, annot=True, fmt=".0f", cmap="Blues", ax=ax)
# ax.set_title("Units per customer and product")
# ```
#
# ```text
# ValueError: Index contains duplicate entries, cannot reshape
# ```
#
# Fix it so every cell holds the summed quantity."""
# prompt = """
# I want a heatmap in `fig` of how many units of each `product` every `customer` bought in my \
# order lines `orders` (sum of `quantity`), customers down the side:
#
# ```python
# import matplotlib.pyplot as plt
# import seaborn as sns
#
# totals = orders.pivot(index="customer", columns="product", values="quantity")
# fig, ax = plt.subplots(figsize=(6, 6))
# sns.heatmap(totals, annot=True, fmt=".0f", cmap="Blues", ax=ax)
# ax.set_title("Units per customer and product")
# ```
#
# but pandas stops with
#
# ```text
# ValueError: Index contains duplicate entries, cannot reshape
# ```"""
# task_type = 'fix'
# domain = 'visualization'
# libraries = ['seaborn', 'matplotlib', 'pandas']
# inputs = { orders = 'orders' }
# checks = [
#     # cells never bought may be empty or 0; all others hold the summed quantity, row by row
#     '(lambda want: np.allclose(np.ma.filled(np.ma.masked_invalid(np.ma.asarray(figure_summary(fig).axes[0].mesh_arrays[0], dtype=float)), 0.0), want.to_numpy().ravel()))(orders.groupby(["customer", "product"], observed=True)["quantity"].sum().unstack(fill_value=0))',
#     'figure_summary(fig).axes[0].n_collections >= 1 and figure_summary(fig).axes[0].title != ""',
# ]
# difficulty = 'intermediate'
# tags = ['debugging', 'heatmap', 'reshaping', 'aggregation']
# edge_cases = true
# ///
import matplotlib.pyplot as plt
import seaborn as sns

# pivot cannot hold repeated customer/product pairs; pivot_table sums them into one cell
totals = orders.pivot_table(index="customer", columns="product", values="quantity", aggfunc="sum")
fig, ax = plt.subplots(figsize=(6, 6))
sns.heatmap(totals, annot=True, fmt=".0f", cmap="Blues", ax=ax)
ax.set_title("Units per customer and product")
