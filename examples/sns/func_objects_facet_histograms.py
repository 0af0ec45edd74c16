# /// example
# task = '''
# Write a function `facet_histograms` with the signature and docstring below using the seaborn
# objects interface, then draw the order-line `quantity` of the table `orders` per `product` with
# it, 8 bins, three panels per row, on a new figure `fig`.
#
# ```python
# def facet_histograms(df, value, facet, fig, bins=10, wrap=3):
#     """On the figure `fig`, draw one histogram panel of column `value` per
#     level of column `facet` with seaborn.objects: `so.Bar()` with
#     `so.Hist(bins=bins)`, `.facet(col=facet, wrap=wrap)`. All panels use
#     the same `bins` equal-width bins spanning every value, each panel's
#     y axis is scaled on its own, and each panel is titled with its level.
#     Rows with a missing `value` are ignored. Returns `fig`.
#     """
# ```'''
# prompt = '''
# Using seaborn.objects, write `facet_histograms(df, value, facet, fig, bins=10, wrap=3)` that
# draws on `fig` one histogram panel of `value` per level of `facet` (bars from `so.Hist`,
# `.facet(col=..., wrap=...)`), with the same `bins` equal-width bins across all panels (spanning
# all the data) but an independent y axis per panel, each panel titled by its level, ignoring
# missing values, and returns `fig`. Then apply it to `quantity` by `product` of my `orders` table
# with 8 bins and 3 panels per row in a new figure `fig`.'''
# task_type = 'function'
# domain = 'visualization'
# libraries = ['seaborn', 'matplotlib', 'numpy', 'pandas']
# inputs = { orders = 'orders' }
# checks = [
#     # shared bins over all values: per panel, the non-empty counts of np.histogram on those edges, left to right, at those bins' centres
#     '(lambda f, df: (lambda edges: facet_histograms(df, "v", "g", f, bins=4) is f and len(f.axes) == 2 and all(np.array_equal(np.concatenate(axes_summary(ax).bar_heights)[np.argsort(np.concatenate(axes_summary(ax).bar_centers))], (lambda n: n[n > 0])(np.histogram(df.loc[df["g"] == ax.get_title(), "v"], bins=edges)[0])) and np.allclose(np.sort(np.concatenate(axes_summary(ax).bar_centers)), ((edges[:-1] + edges[1:]) / 2)[np.histogram(df.loc[df["g"] == ax.get_title(), "v"], bins=edges)[0] > 0]) for ax in f.axes))(np.histogram_bin_edges(df["v"], bins=4)))(matplotlib.pyplot.figure(), pd.DataFrame({"v": [0.0, 1.0, 1.5, 8.0, 6.0, 7.0, 7.5, 2.0], "g": ["a", "a", "a", "a", "b", "b", "b", "b"]}))',
#     # independent y axes: the tall panel does not set the short one's limit
#     '(lambda f: (facet_histograms(pd.DataFrame({"v": [1.0] * 9 + [2.0, 3.0], "g": ["x"] * 9 + ["y", "y"]}), "v", "g", f, bins=2), sorted(ax.get_title() for ax in f.axes) == ["x", "y"] and max(ax.get_ylim()[1] for ax in f.axes) > 2 * min(ax.get_ylim()[1] for ax in f.axes))[1])(matplotlib.pyplot.figure())',
#     # missing values dropped; wrap=1 stacks the panels in one column
#     '(lambda f: (facet_histograms(pd.DataFrame({"v": [1.0, np.nan, 3.0, 4.0, 5.0], "g": ["p", "p", "p", "q", "q"]}), "v", "g", f, bins=2, wrap=1), len({round(ax.get_position().x0, 3) for ax in f.axes}) == 1 and sum(np.concatenate(axes_summary(ax).bar_heights).sum() for ax in f.axes) == 4)[1])(matplotlib.pyplot.figure())',
#     '(lambda edges: all(np.array_equal(np.sort(np.concatenate(axes_summary(ax).bar_heights)), np.sort((lambda n: n[n > 0])(np.histogram(orders.loc[orders["product"] == ax.get_title(), "quantity"], bins=edges)[0]))) and np.allclose(np.sort(np.concatenate(axes_summary(ax).bar_centers)), ((edges[:-1] + edges[1:]) / 2)[np.histogram(orders.loc[orders["product"] == ax.get_title(), "quantity"], bins=edges)[0] > 0]) for ax in fig.axes) and len(fig.axes) == orders["product"].nunique())(np.histogram_bin_edges(orders["quantity"], bins=8))',
# ]
# difficulty = 'advanced'
# tags = ['reusable-function', 'histogram', 'facets']
# edge_cases = true
# ///
import matplotlib.pyplot as plt
import seaborn.objects as so


def facet_histograms(df, value, facet, fig, bins=10, wrap=3):
    """On the figure `fig`, draw one histogram panel of column `value` per
    level of column `facet` with seaborn.objects: `so.Bar()` with
    `so.Hist(bins=bins)`, `.facet(col=facet, wrap=wrap)`. All panels use
    the same `bins` equal-width bins spanning every value, each panel's
    y axis is scaled on its own, and each panel is titled with its level.
    Rows with a missing `value` are ignored. Returns `fig`.
    """
    # seaborn.objects can fail on repeated index labels; a fresh 0..n-1 index avoids that
    data = df[[value, facet]].dropna().reset_index(drop=True)
    (
        so.Plot(data, x=value)
        .facet(col=facet, wrap=wrap)
        # Hist's common_bins=True computes one set of edges from all panels' values
        .add(so.Bar(), so.Hist(bins=bins))
        .share(y=False)
        .on(fig)
        .plot()
    )
    return fig


fig = plt.figure(figsize=(9, 5))
facet_histograms(orders, "quantity", "product", fig, bins=8, wrap=3)
