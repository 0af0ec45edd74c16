import pandas as pd


def snake_case_columns(df):
    """Return a copy of df with snake_case column names.

    Each name is converted to str, stripped and lower-cased; every run of
    characters other than a-z and 0-9 becomes a single "_", and leading or
    trailing "_" are removed ("  Unit Price ($) " -> "unit_price").
    The data and index are unchanged and df itself is not modified. Raises
    ValueError("duplicate column names after cleaning: ...") listing the
    clashing cleaned names, sorted and joined by ", ".
    """
    names = (
        pd.Index(df.columns.astype(str))
        .str.strip()
        .str.lower()
        .str.replace(r"[^a-z0-9]+", "_", regex=True)
        .str.strip("_")
    )
    if names.has_duplicates:
        clashes = sorted(names[names.duplicated()].unique())
        raise ValueError("duplicate column names after cleaning: " + ", ".join(clashes))
    renamed = df.copy()
    renamed.columns = names
    return renamed


sales_clean = snake_case_columns(store_sales)

try:
    snake_case_columns(pd.DataFrame({"Net Sales": [1], "net_sales": [2], "Tax": [3], "TAX ": [4]}))
except ValueError as err:
    clash_error = str(err)
