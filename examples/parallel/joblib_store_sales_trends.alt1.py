import joblib
import pandas as pd
import scipy.stats

monthly = store_sales.set_index("store").filter(regex=r"^2024-\d\d$")
month_number = range(1, monthly.shape[1] + 1)


def slope(row):
    return scipy.stats.linregress(month_number, row).slope


with joblib.parallel_config(backend="threading", n_jobs=2):
    slopes = joblib.Parallel()(joblib.delayed(slope)(row) for row in monthly.to_numpy(dtype=float))
# one slope per store, in the order of the table's rows
trend = pd.Series(slopes, index=monthly.index, dtype=float)
