import pandas as pd


def booking_conflicts(bookings):
    """Flag bookings that overlap another booking of the same room."""
    table = bookings.reset_index(drop=True).rename_axis("row").reset_index()
    pairs = table.merge(table, on="room", suffixes=("", "_other"))
    pairs = pairs[pairs["row"] != pairs["row_other"]]
    clash = (pairs["start"] < pairs["end_other"]) & (pairs["start_other"] < pairs["end"])
    clashing_rows = set(pairs.loc[clash, "row"])
    return pd.Series([row in clashing_rows for row in table["row"]], index=bookings.index)
