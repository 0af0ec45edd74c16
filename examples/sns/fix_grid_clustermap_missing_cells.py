# /// example
# task = """
# This code should cluster the products of the order lines `orders` by who buys them: total \
# `quantity` per `product` (rows) and `customer` (columns) in the table `bought`, drawn as a \
# seaborn `clustermap` with the rows clustered and the customers kept in sorted order. Keep \
# the grid in `g`. It raises an error, because a product a customer never bought leaves a \
# missing cell:
#
# ```python
# import seaborn as sns
#
# bought = orders.pivot_table(index="product", columns="customer", values="quantity", aggfunc="sum")
# g = sns.clustermap(bought, col_cluster=False, figsize=(4, 4))
# ```
#
# ```text
# ValueError: The condensed distance matrix must contain only finite values.
# ```
#
# Fix it: a product a customer never bought counts as 0."""
# prompt = """
# I want to cluster my products by who buys them: sum of `quantity` per `product` and \
# `customer` from `orders` in a table `bought`, shown as a seaborn `clustermap` (`g`) with \
# products clustered and customers left in sorted order. I get:
#
# ```python
# import seaborn as sns
#
# bought = orders.pivot_table(index="product", columns="customer", values="quantity", aggfunc="sum")
# g = sns.clustermap(bought, col_cluster=False, figsize=(4, 4))
# ```
#
# ```text
# ValueError: The condensed distance matrix must contain only finite values.
# ```
#
# A product a customer never bought should just count as 0."""
# task_type = 'fix'
# domain = 'visualization'
# libraries = ['seaborn', 'pandas', 'numpy']
# inputs = { orders = 'orders' }
# checks = [
#     '(lambda expected: np.allclose(bought.reindex(index=expected.index, columns=expected.columns).to_numpy(dtype=float), expected.to_numpy(dtype=float)))(orders.groupby(["product", "customer"])["quantity"].sum().unstack(fill_value=0))',
#     # the heatmap shows the filled table, rows in the dendrogram's order, customers sorted
#     '(lambda shown: list(shown.columns) == sorted(shown.columns) and np.allclose(g.ax_heatmap.collections[0].get_array().reshape(shown.shape), shown.to_numpy(dtype=float)))(orders.groupby(["product", "customer"])["quantity"].sum().unstack(fill_value=0).iloc[g.dendrogram_row.reordered_ind])',
#     'g.dendrogram_col is None',
# ]
# difficulty = 'intermediate'
# tags = ['debugging', 'clustering', 'missing-data', 'reshaping']
# edge_cases = { constant = false, min_size = 6, why = "clustering rows needs at least two different products, which takes several orders of varied products" }
# ///
import seaborn as sns

# pivot_table leaves NaN for a product a customer never bought; distances need numbers
bought = orders.pivot_table(
    index="product", columns="customer", values="quantity", aggfunc="sum", fill_value=0
)
g = sns.clustermap(bought, col_cluster=False, figsize=(4, 4))
