# /// example
# task = """
# This code should draw a heatmap, in the figure `fig`, of the total `quantity` each `customer` \
# ordered of each `product` in the order lines `orders` (customers as rows, products as columns, \
# both sorted), each cell annotated with its whole-number total and pairs never ordered shown as \
# 0, but annotating raises an error:
#
# ```python
# import matplotlib.pyplot as plt
# import seaborn as sns
#
# totals = orders.pivot_table(index="customer", columns="product", values="quantity", aggfunc="sum")
# fig, ax = plt.subplots(figsize=(7, 6))
# sns.heatmap(totals, annot=True, fmt="d", cmap="Blues", ax=ax)
# ax.set_title("Units ordered per customer and product")
# ```
#
# ```text
# ValueError: Unknown format code 'd' for object of type 'float'
# ```
#
# Fix it."""
# prompt = """
# From my order lines `orders` I want a heatmap in `fig` of total `quantity` per `customer` \
# (rows) and `product` (columns), sorted, with the integer totals written in the cells and 0 \
# where a customer never bought that product:
#
# ```python
# import matplotlib.pyplot as plt
# import seaborn as sns
#
# totals = orders.pivot_table(index="customer", columns="product", values="quantity", aggfunc="sum")
# fig, ax = plt.subplots(figsize=(7, 6))
# sns.heatmap(totals, annot=True, fmt="d", cmap="Blues", ax=ax)
# ax.set_title("Units ordered per customer and product")
# ```
#
# ```text
# ValueError: Unknown format code 'd' for object of type 'float'
# ```
#
# The quantities are integers, so where does the float come from?"""
# task_type = 'fix'
# domain = 'visualization'
# libraries = ['seaborn', 'matplotlib', 'pandas', 'numpy']
# inputs = { orders = 'orders' }
# checks = [
#     'np.array_equal(figure_summary(fig).axes[0].mesh_arrays[0], orders.groupby(["customer", "product"])["quantity"].sum().unstack(fill_value=0).sort_index().sort_index(axis=1).to_numpy().ravel())',
#     # every cell written as a whole number, zeros included
#     'figure_summary(fig).axes[0].texts == [str(v) for v in orders.groupby(["customer", "product"])["quantity"].sum().unstack(fill_value=0).sort_index().sort_index(axis=1).to_numpy().ravel()]',
#     'figure_summary(fig).axes[0].yticklabels == sorted(orders["customer"].unique())',
# ]
# difficulty = 'advanced'
# tags = ['debugging', 'heatmap', 'aggregation', 'reshaping']
# edge_cases = true
# ///
import matplotlib.pyplot as plt
import seaborn as sns

# pairs with no orders were NaN, which made the table float; fill_value=0 keeps integer totals
totals = orders.pivot_table(
    index="customer", columns="product", values="quantity", aggfunc="sum", fill_value=0
)
fig, ax = plt.subplots(figsize=(7, 6))
sns.heatmap(totals, annot=True, fmt="d", cmap="Blues", ax=ax)
ax.set_title("Units ordered per customer and product")
