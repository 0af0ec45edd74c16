import pandas as pd


def diff_snapshots(old, new, key):
    """Compare two snapshots of a table identified by the column `key`."""
    for frame in (old, new):
        if frame[key].duplicated().any():
            raise ValueError("duplicate keys in a snapshot")
    merged = old.merge(new, on=key, how="outer", suffixes=("_old", "_new"), indicator=True)
    columns = [column for column in old.columns if column != key]
    both = merged[merged["_merge"] == "both"]
    differs = pd.Series(False, index=both.index)
    for column in columns:
        a, b = both[f"{column}_old"], both[f"{column}_new"]
        differs |= ~((a == b).fillna(False).astype(bool) | (a.isna() & b.isna()))
    return {
        "added": sorted(merged.loc[merged["_merge"] == "right_only", key]),
        "removed": sorted(merged.loc[merged["_merge"] == "left_only", key]),
        "changed": sorted(both.loc[differs, key]),
    }


duplicate_error = ""
try:
    diff_snapshots(
        pd.DataFrame({"sku": ["A", "A"], "price": [1.0, 1.2]}),
        pd.DataFrame({"sku": ["A"], "price": [1.0]}),
        "sku",
    )
except ValueError as exc:
    duplicate_error = str(exc)
