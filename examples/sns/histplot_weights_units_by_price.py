# /// example
# task = """
# From the order lines `orders` (`unit_price`, `quantity`, ...), draw with seaborn's `histplot` \
# on `fig, ax` a histogram of `unit_price` in 10 equal-width bins over the price range in which \
# each line counts with its `quantity` (`weights="quantity"`), so bar heights are units sold. \
# Label the axes "unit price" and "units sold"."""
# prompt = """
# I want to see how many units of stock I sold at each price level: a histogram of `unit_price` \
# from my `orders`, 10 equal bins over the price range, but each order line should count as its \
# `quantity`, not as 1. Seaborn on `fig, ax`, axis labels "unit price" and "units sold"."""
# domain = 'visualization'
# libraries = ['seaborn', 'matplotlib', 'numpy']
# inputs = { orders = 'orders' }
# checks = [
#     'np.allclose(np.concatenate(figure_summary(fig).axes[0].bar_heights), np.histogram(orders["unit_price"], bins=10, weights=orders["quantity"])[0])',
#     'np.allclose(figure_summary(fig).axes[0].bar_edges[0], np.histogram_bin_edges(orders["unit_price"], bins=10))',
#     'figure_summary(fig).axes[0].xlabel == "unit price" and figure_summary(fig).axes[0].ylabel == "units sold"',
# ]
# difficulty = 'basic'
# tags = ['histogram', 'aggregation']
# edge_cases = true
# ///
import matplotlib.pyplot as plt
import seaborn as sns

fig, ax = plt.subplots(figsize=(6, 3.5))
# weights adds each line's quantity to its bin instead of counting the line once
sns.histplot(orders, x="unit_price", weights="quantity", bins=10, ax=ax)
ax.set(xlabel="unit price", ylabel="units sold", title="Units sold by price")
