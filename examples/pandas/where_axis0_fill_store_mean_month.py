# /// example
# task = """
# In `store_sales` (a `store` column and monthly sales columns `2024-01` ... `2024-12`) some \
# months may be missing. Write `fill_with_store_mean(sales)`, returning `(filled, n_filled)`: \
# `filled` indexed by `store` with the twelve month columns only, where each missing month is \
# replaced by that store's mean over its observed months (a store with no observed month stays \
# all missing), and `n_filled` the number of filled cells per store. Apply it to \
# `store_sales`, storing the results in `filled` and `n_filled`."""
# prompt = """
# A few monthly sales figures can be missing in `store_sales` (`store`, then `2024-01` to \
# `2024-12`). Write `fill_with_store_mean(sales)` returning `(filled, n_filled)`: each gap \
# filled with the average of the same store's other months (a store with no figures at all \
# stays empty), indexed by `store` with just the month columns, plus how many months were \
# filled for each store. Run it on `store_sales` into `filled` and `n_filled`."""
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = { store_sales = 'store_sales' }
# checks = [
#     'list(filled.columns) == [f"2024-{m:02d}" for m in range(1, 13)] and list(filled.index) == store_sales["store"].tolist()',
#     'np.allclose(filled.to_numpy(dtype=float), [[v if not np.isnan(v) else (np.mean([x for x in row if not np.isnan(x)]) if any(not np.isnan(x) for x in row) else np.nan) for v in row] for row in store_sales[[f"2024-{m:02d}" for m in range(1, 13)]].to_numpy(dtype=float)], equal_nan=True)',
#     'list(n_filled.index) == store_sales["store"].tolist() and n_filled.tolist() == [int(sum(not np.isnan(x) for x in row) > 0) * int(np.isnan(row).sum()) for row in store_sales[[f"2024-{m:02d}" for m in range(1, 13)]].to_numpy(dtype=float)]',
#     # store b lacks its odd months (filled with 364 / 6, its mean), store c lacks every month
#     'np.allclose(fill_with_store_mean(pd.DataFrame({"store": ["a", "b", "c"], **{f"2024-{m:02d}": [float(m), np.nan if m % 2 else float(m**2), np.nan] for m in range(1, 13)}}))[0].to_numpy(dtype=float), [[float(m) for m in range(1, 13)], [364 / 6 if m % 2 else m**2 for m in range(1, 13)], [np.nan] * 12], equal_nan=True)',
#     'fill_with_store_mean(pd.DataFrame({"store": ["a", "b", "c"], **{f"2024-{m:02d}": [float(m), np.nan if m % 2 else float(m**2), np.nan] for m in range(1, 13)}}))[1].tolist() == [0, sum(m % 2 for m in range(1, 13)), 0]',
# ]
# difficulty = 'intermediate'
# tags = ['imputation', 'missing-data']
# edge_cases = true
# ///
def fill_with_store_mean(sales):
    months = sales.set_index("store").filter(regex=r"^\d{4}-\d{2}$")
    # where(..., axis=0) aligns the Series of store means with the rows, not the columns
    filled = months.where(months.notna(), months.mean(axis=1), axis=0)
    return filled, filled.notna().sum(axis=1) - months.notna().sum(axis=1)


filled, n_filled = fill_with_store_mean(store_sales)
