import pandas as pd


def wide_to_long_months(wide, id_col="store", value_name="sales"):
    """Melt a table with one column per month into long form.

    The month columns are those named "YYYY-MM"; other columns besides
    id_col are dropped. Returns the columns id_col, "month" (datetime64,
    the first day of the month) and value_name, one row per id and month,
    sorted by id_col and then month, with a fresh RangeIndex. Missing
    values are kept as NaN rows.
    """
    months = wide.columns[wide.columns.astype(str).str.match(r"^\d{4}-\d{2}$")]
    long = (
        wide.set_index(id_col)[months]
        .rename(columns=lambda name: pd.Period(name, freq="M").to_timestamp())
        .rename_axis(columns="month")
        .melt(ignore_index=False, value_name=value_name)
        .reset_index()
    )
    return long.sort_values([id_col, "month"]).reset_index(drop=True)[[id_col, "month", value_name]]


sales_long = wide_to_long_months(store_sales)
