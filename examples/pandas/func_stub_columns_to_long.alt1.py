import re

import pandas as pd


def stubs_to_long(df, stubs, id_col, sep="_"):
    """Reshape columns named f"{stub}{sep}{year}" into one row per id and year.

    Returns the columns id_col, "year" (int64) and one column per stub, in
    the order of `stubs`; rows are sorted by id_col and then year, with a
    fresh RangeIndex. A year seen for any stub appears for every id; a
    stub without a column for that year gives NaN. Columns that match no
    stub are dropped. Raises ValueError("id_col values must be unique")
    when an id repeats.
    """
    if not df[id_col].is_unique:
        raise ValueError("id_col values must be unique")
    by_id = df.set_index(id_col)
    pieces = []
    for stub in stubs:
        block = by_id.filter(regex=rf"^{re.escape(stub + sep)}\d+$")
        block.columns = [int(name[len(stub + sep) :]) for name in block.columns]
        long = block.rename_axis(columns="year").melt(ignore_index=False, value_name=stub)
        pieces.append(long.set_index("year", append=True)[stub])
    combined = pd.concat(pieces, axis=1)
    years = sorted(combined.index.get_level_values("year").unique())
    full = pd.MultiIndex.from_product([sorted(by_id.index), years], names=[id_col, "year"])
    result = combined.reindex(full).reset_index()
    result["year"] = result["year"].astype("int64")
    return result


try:
    stubs_to_long(pd.DataFrame({"id": [1, 1], "revenue_2021": [1.0, 2.0]}), ["revenue"], "id")
except ValueError as exc:
    duplicate_error = str(exc)
