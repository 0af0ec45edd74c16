# /// example
# task = """
# Melt the wide table `store_sales` (`store` plus one sales column per month "YYYY-MM"; ignore \
# any other column) into long form with columns `store`, `month`, `sales`, and add `rank`: the \
# store's position within its month by sales, 1 for the highest, tied stores sharing the lowest \
# rank of their tie (1, 1, 3). Store the long table in `ranked`."""
# prompt = """
# I'd like to see where each store of `store_sales` ranked every month. Please melt the month \
# columns ("2024-01" ...) into a long table `ranked` with `store`, `month` and `sales`, and add \
# `rank`, 1 = best-selling store that month, ties sharing the better rank (1, 1, 3)."""
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = { store_sales = 'store_sales' }
# checks = [
#     'len(ranked) == len(store_sales) * sum(c[:4].isdigit() for c in store_sales.columns)',
#     '(lambda months: np.allclose(ranked.pivot(index="store", columns="month", values="sales").loc[store_sales["store"], months].to_numpy(dtype=float), store_sales[months].to_numpy(dtype=float), equal_nan=True))([c for c in store_sales.columns if c[:4].isdigit()])',
#     # rank = 1 + number of stores that sold strictly more that month
#     'all((g["rank"].to_numpy() == 1 + (g["sales"].to_numpy()[None, :] > g["sales"].to_numpy()[:, None]).sum(axis=1)).all() for _, g in ranked.groupby("month"))',
# ]
# difficulty = 'intermediate'
# tags = ['reshaping', 'ranking', 'groupby']
# edge_cases = true
# ///
month_columns = [column for column in store_sales.columns if column[:4].isdigit()]
ranked = store_sales.melt(
    id_vars="store", value_vars=month_columns, var_name="month", value_name="sales"
)
# method="min": tied stores share the best rank of their tie and the next rank is skipped
ranked["rank"] = ranked.groupby("month")["sales"].rank(method="min", ascending=False)
