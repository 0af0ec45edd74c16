# /// example
# task = """
# Count the order lines of each `product` in the table `orders` with seaborn's `catplot` \
# (`kind="count"`), one panel per value of `returned`, with the products along x ordered from \
# the most to the least frequent over the whole table (ties in alphabetical order), the same \
# order in every panel. Rotate the x tick labels (only those) by 45 degrees. \
# Keep the grid in `g`."""
# prompt = """
# How many order lines does each `product` have in my `orders` table, split into panels by \
# whether the line was `returned`? Use seaborn's `catplot` count kind, products sorted by \
# overall frequency (most common first, ties alphabetically) and that same order in each panel. \
# Rotate the x tick labels (only those) by 45 degrees. \
# Keep the grid as `g`."""
# domain = 'visualization'
# libraries = ['seaborn', 'pandas', 'numpy']
# inputs = { orders = 'orders' }
# checks = [
#     '(lambda ranking: all([t.get_text() for t in ax.get_xticklabels()] == ranking for ax in g.axes.flat))(sorted(orders["product"].unique(), key=lambda p: (-(orders["product"] == p).sum(), p)))',
#     # each panel's bars, read by position, are the counts of that returned value
#     'all((lambda s, labels, counts: np.array_equal(np.concatenate(s.bar_heights)[np.concatenate(s.bar_heights) > 0], [counts[labels[int(round(c))]] for c, h in zip(np.concatenate(s.bar_centers), np.concatenate(s.bar_heights)) if h > 0]) and int(np.concatenate(s.bar_heights).sum()) == int(counts.sum()))(axes_summary(ax), [t.get_text() for t in ax.get_xticklabels()], orders.loc[orders["returned"] == lvl, "product"].value_counts()) for lvl, ax in g.axes_dict.items())',
#     'set(g.axes_dict) == set(orders["returned"].unique())',
#     'all(all(t.get_rotation() == 45 for t in ax.get_xticklabels()) and all(t.get_rotation() == 0 for t in ax.get_yticklabels()) for ax in g.axes.flat)',
# ]
# difficulty = 'basic'
# tags = ['counting', 'sorting', 'facets', 'bar-chart']
# edge_cases = true
# ///
import seaborn as sns

counts = orders["product"].value_counts()
# sort by count, then name, so ties do not depend on row order
ranking = sorted(counts.index, key=lambda product: (-counts[product], product))
g = sns.catplot(data=orders, x="product", col="returned", kind="count", order=ranking, height=2.5)
g.tick_params(axis="x", labelrotation=45)
