def lookup(df, row_labels, col_labels):
    """Values of df at the label pairs (row_labels[i], col_labels[i]).

    A vectorised replacement for the removed DataFrame.lookup: labels are
    matched by label, not position, and df's index and columns must be
    unique. Returns a 1-D NumPy array as long as the label lists. Raises
    KeyError naming the labels that are not in df (missing rows first, then
    missing columns, each in order of first appearance).
    """
    row_labels, col_labels = list(row_labels), list(col_labels)
    absent = [label for label in dict.fromkeys(row_labels) if label not in df.index]
    absent += [label for label in dict.fromkeys(col_labels) if label not in df.columns]
    if absent:
        raise KeyError(f"not found in df: {absent}")
    values = df.to_numpy()
    return values[df.index.get_indexer(row_labels), df.columns.get_indexer(col_labels)]


sales = store_sales.set_index("store").filter(regex=r"^\d{4}-\d{2}$")
weakest_month = sales.idxmin(axis=1)
weakest_sales = lookup(sales, sales.index, weakest_month)

try:
    lookup(sales, [sales.index[0]], ["2023-13"])
except KeyError as exc:
    lookup_error = exc
