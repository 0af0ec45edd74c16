# /// example
# task = """
# From `orders`, sum `quantity` per `product` separately for lines that were kept and lines \
# that were `returned`, and draw one stacked vertical bar per product (products in \
# alphabetical order): the kept quantity at the bottom, the returned quantity stacked on top and \
# hatched with "//". Legend entries "kept" and "returned"; keep the figure in `fig` and its Axes \
# in `ax`, with axis labels and a title."""
# prompt = """
# For each product in `orders` (alphabetical), I'd like a stacked vertical bar: units kept at the bottom \
# and units `returned` on top, the returned part hatched "//" so it reads in black and white too. \
# Quantities are the summed `quantity`. Legend "kept" / "returned", labels and a title, in `fig` \
# and `ax`."""
# domain = 'visualization'
# libraries = ['matplotlib', 'pandas']
# inputs = { orders = 'orders' }
# checks = [
#     '(lambda q: np.allclose(figure_summary(fig).axes[0].bar_heights[0], q.get(False, pd.Series(0, index=q.index)).to_numpy()) and np.allclose(figure_summary(fig).axes[0].bar_heights[1], q.get(True, pd.Series(0, index=q.index)).to_numpy()))(orders.pivot_table(index="product", columns="returned", values="quantity", aggfunc="sum", fill_value=0).sort_index())',
#     # returned bars start on top of the kept bars and carry the hatch
#     '(lambda kept: np.allclose([p.get_y() for p in ax.containers[1]], kept) and all(p.get_hatch() == "//" for p in ax.containers[1]) and not any(p.get_hatch() for p in ax.containers[0]))(orders[~orders["returned"]].groupby("product")["quantity"].sum().reindex(sorted(orders["product"].dropna().unique()), fill_value=0).to_numpy())',
#     'figure_summary(fig).axes[0].legend_labels == ["kept", "returned"] and [t for t in figure_summary(fig).axes[0].xticklabels if t] == sorted(orders["product"].dropna().unique())',
#     'figure_summary(fig).axes[0].title != "" and figure_summary(fig).axes[0].xlabel != "" and figure_summary(fig).axes[0].ylabel != "" and figure_summary(fig).axes[0].bar_orientations == ["vertical", "vertical"]',
# ]
# difficulty = 'intermediate'
# tags = ['bar-chart', 'groupby', 'styling']
# edge_cases = true
# ///
import matplotlib.pyplot as plt

units = orders.pivot_table(
    index="product", columns="returned", values="quantity", aggfunc="sum", fill_value=0
).reindex(columns=[False, True], fill_value=0)

fig, ax = plt.subplots(figsize=(6, 3.5))
ax.bar(units.index, units[False], label="kept")
# hatching marks the returned part without relying on colour alone
ax.bar(
    units.index, units[True], bottom=units[False], hatch="//", edgecolor="white", label="returned"
)
ax.set(xlabel="product", ylabel="units", title="Units kept and returned")
ax.legend()
