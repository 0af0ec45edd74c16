# /// example
# task = """
# The wide table `store_sales` has a `store` column and one sales column per month named \
# "YYYY-MM" (other columns may appear too). Melt the month columns to long form, turn the month \
# labels into monthly periods, and total each store's sales per calendar quarter. Store the result \
# in `quarterly`: one row per store (index `store`), one column per quarter, the columns labelled \
# "2024Q1", "2024Q2", "2024Q3", "2024Q4" (strings or quarterly periods), in time order."""
# prompt = """
# My `store_sales` has one column per month ("2024-01", "2024-02", ...) besides `store`, and maybe \
# some unrelated columns. I need quarterly totals per store instead: a table `quarterly` with \
# stores as the index and quarters as columns ("2024Q1", "2024Q2", "2024Q3", "2024Q4"; periods are fine too) in \
# calendar order."""
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = { store_sales = 'store_sales' }
# checks = [
#     '[str(quarter) for quarter in quarterly.columns] == ["2024Q1", "2024Q2", "2024Q3", "2024Q4"]',
#     'sorted(quarterly.index) == sorted(store_sales["store"])',
#     'all(np.isclose(quarterly.loc[row["store"], quarterly.columns[q]], row[[f"2024-{m:02d}" for m in range(3 * q + 1, 3 * q + 4)]].astype(float).sum()) for _, row in store_sales.iterrows() for q in range(4))',
# ]
# difficulty = 'intermediate'
# tags = ['reshaping', 'datetime', 'aggregation']
# edge_cases = true
# ///
import pandas as pd

month_columns = store_sales.filter(regex=r"^\d{4}-\d{2}$").columns
long = store_sales.melt(
    id_vars="store", value_vars=month_columns, var_name="month", value_name="sales"
)
# monthly periods convert to their quarter with asfreq("Q")
long["quarter"] = pd.PeriodIndex(long["month"], freq="M").asfreq("Q")
quarterly = long.pivot_table(index="store", columns="quarter", values="sales", aggfunc="sum")
