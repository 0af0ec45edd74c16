def fill_with_store_mean(sales):
    months = sales.set_index("store")[[f"2024-{month:02d}" for month in range(1, 13)]]
    # fillna with a Series matches its labels to the columns, hence the transposes
    filled = months.T.fillna(months.mean(axis=1)).T
    return filled, (months.isna() & filled.notna()).sum(axis=1)


filled, n_filled = fill_with_store_mean(store_sales)
