import pandas as pd


def attach_lookup(df, lookup, key, columns=None):
    """Left-join columns of `lookup` onto df by `key`, refusing bad lookups.

    Adds `columns` of lookup (all its columns except `key` when None) to a
    copy of df, keeping df's rows, order and index. Raises
    pandas.errors.MergeError (a ValueError) when lookup repeats a key, and
    KeyError("keys missing from lookup: ...") listing the keys of df that
    lookup lacks, sorted and joined by ", ".
    """
    if lookup[key].duplicated().any():
        raise pd.errors.MergeError("lookup has repeated keys")
    wanted = [c for c in lookup.columns if c != key] if columns is None else list(columns)
    table = lookup.set_index(key)[wanted]
    absent = pd.Index(df[key].unique()).difference(table.index)
    if len(absent) > 0:
        raise KeyError("keys missing from lookup: " + ", ".join(sorted(str(k) for k in absent)))
    result = df.copy()
    for column in wanted:
        result[column] = df[key].map(table[column]).to_numpy()
    return result


catalogue = pd.DataFrame(
    {
        "product": ["pen", "notebook", "desk lamp", "mouse", "stapler", "monitor"],
        "category": [
            "stationery",
            "stationery",
            "furniture",
            "electronics",
            "stationery",
            "electronics",
        ],
        "weight_kg": [0.02, 0.3, 1.8, 0.1, 0.25, 4.5],
    }
)
orders_enriched = attach_lookup(orders, catalogue, key="product")

try:
    attach_lookup(
        pd.DataFrame({"k": ["a", "d", "c", "d"]}), pd.DataFrame({"k": ["a"], "v": [1]}), "k"
    )
except KeyError as exc:
    missing_error = exc.args[0]

try:
    attach_lookup(pd.DataFrame({"k": ["a"]}), pd.DataFrame({"k": ["a", "a"], "v": [1, 2]}), "k")
except ValueError as exc:
    duplicate_error = exc
