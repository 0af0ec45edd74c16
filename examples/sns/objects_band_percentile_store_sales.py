# /// example
# task = """
# The wide table `store_sales` has a `store` column and one sales column per month ("2024-01" \
# ... "2024-12"). Reshape it to long form in `sales_long` with columns `store`, `month` \
# (datetime, the first day of the month) and `sales`, then draw with the seaborn objects interface \
# on `fig, ax` the median sales across stores per month as a line (`so.Agg("median")`) over a band \
# from the 10th to the 90th percentile of the stores (`so.Est("median", errorbar=("pi", 80))`). \
# Label the axes "month" and "sales"."""
# prompt = """
# My `store_sales` table is wide (a `store` column plus one column per month, "2024-01" to \
# "2024-12"). Can you melt it into `sales_long` (`store`, `month` as a datetime at the month's \
# first day, `sales`) and plot, with seaborn.objects on `fig, ax`, the median store's sales per \
# month as a line with a shaded band covering the middle 80% of stores (10th to 90th \
# percentile)? Axis labels "month" and "sales"."""
# domain = 'visualization'
# libraries = ['seaborn', 'pandas', 'matplotlib']
# inputs = { store_sales = 'store_sales' }
# checks = [
#     '(lambda want: len(sales_long) == len(want) and np.allclose(np.sort(sales_long["sales"].to_numpy(dtype=float)), np.sort(want["sales"].to_numpy(dtype=float))) and set(pd.to_datetime(sales_long["month"])) == set(pd.to_datetime(want["month"])))(store_sales.melt(id_vars="store", value_vars=[c for c in store_sales.columns if c[:2] == "20"], var_name="month", value_name="sales"))',
#     # the line runs through the monthly medians across stores
#     '(lambda med: np.allclose(figure_summary(fig).axes[0].lines_xy[0], np.column_stack([matplotlib.dates.date2num(pd.to_datetime(med.index)), med.to_numpy()])))(store_sales[[c for c in store_sales.columns if c[:2] == "20"]].median().sort_index())',
#     # the band's outline passes through every month's 10th and 90th percentile
#     '(lambda verts, q: all(np.isclose(verts, [d, v], rtol=1e-9, atol=1e-6 * max(1.0, abs(v))).all(axis=1).any() for d, lo, hi in zip(matplotlib.dates.date2num(pd.to_datetime(q.columns)), q.loc[0.1], q.loc[0.9]) for v in (lo, hi)))(np.vstack([p.get_path().vertices for p in ax.patches] + [pp.vertices for c in ax.collections for pp in c.get_paths()]), store_sales[[c for c in store_sales.columns if c[:2] == "20"]].quantile([0.1, 0.9]))',
#     'figure_summary(fig).axes[0].xlabel == "month" and figure_summary(fig).axes[0].ylabel == "sales"',
# ]
# difficulty = 'intermediate'
# tags = ['reshaping', 'filled-area', 'quantiles', 'time-series']
# edge_cases = { extra_columns = false, why = "every column except `store` is a month of sales" }
# ///
import matplotlib.pyplot as plt
import pandas as pd
import seaborn.objects as so

sales_long = store_sales.melt(id_vars="store", var_name="month", value_name="sales")
sales_long["month"] = pd.to_datetime(sales_long["month"], format="%Y-%m")

fig, ax = plt.subplots(figsize=(6, 3.5))
(
    so.Plot(sales_long, x="month", y="sales")
    # errorbar=("pi", 80) is the central 80% percentile interval of the stores
    .add(so.Band(), so.Est("median", errorbar=("pi", 80)))
    .add(so.Line(), so.Agg("median"))
    .label(x="month", y="sales", title="Monthly sales across stores")
    .on(ax)
    .plot()
)
