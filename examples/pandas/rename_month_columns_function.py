# /// example
# task = """
# `store_sales` has a `store` column and monthly sales columns named `2024-01` ... `2024-12`. \
# Build `monthly` indexed by `store`, with every month column renamed to its abbreviated month \
# name (`Jan`, `Feb`, `Mar`, `Apr`, `May`, `Jun`, `Jul`, `Aug`, `Sep`, `Oct`, `Nov`, `Dec`) by \
# passing a function to `DataFrame.rename`; any other column \
# keeps its name."""
# prompt = """
# For a printed report I'd like the month columns of `store_sales` (named `2024-01` to \
# `2024-12`) to read `Jan`, `Feb`, `Mar`, `Apr`, `May`, `Jun`, `Jul`, `Aug`, `Sep`, `Oct`, \
# `Nov`, `Dec`. Give me `monthly` with `store` as the index and \
# the months renamed, using a function with `rename` rather than typing out all twelve; leave \
# any non-month column as it is."""
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = { store_sales = 'store_sales' }
# checks = [
#     'list(monthly.columns[:12]) == ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]',
#     'list(monthly.columns[12:]) == [c for c in store_sales.columns if c != "store" and not c.startswith("2024-")]',
#     'list(monthly.index) == store_sales["store"].tolist()',
#     'np.allclose(monthly.iloc[:, :12].to_numpy(dtype=float), store_sales[[f"2024-{m:02d}" for m in range(1, 13)]].to_numpy(dtype=float), equal_nan=True)',
# ]
# difficulty = 'basic'
# tags = ['data-cleaning', 'datetime']
# edge_cases = true
# ///
import pandas as pd


def month_name(column):
    # "2024-03" -> "Mar"; names that are not year-month labels pass through unchanged
    if len(column) == 7 and column[4] == "-" and column[:4].isdigit():
        return pd.Timestamp(column).strftime("%b")
    return column


monthly = store_sales.set_index("store").rename(columns=month_name)
