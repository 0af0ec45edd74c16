import numpy as np
import pandas as pd


def expand_spans(df, start_col, end_col):
    """One row per calendar day of each [start, end] span (both ends included)."""
    lengths = (df[end_col] - df[start_col]).dt.days.to_numpy() + 1
    if (lengths < 1).any():
        raise ValueError("a span ends before it starts")
    rows = np.repeat(np.arange(len(df)), lengths)
    # day offset of each repeated row within its own span
    offsets = np.arange(len(rows)) - np.repeat(np.cumsum(lengths) - lengths, lengths)
    out = df.drop(columns=[start_col, end_col]).iloc[rows].reset_index(drop=True)
    out["day"] = df[start_col].to_numpy()[rows] + pd.to_timedelta(offsets, unit="D")
    return out


bookings = pd.DataFrame(
    {
        "room": ["101", "102", "101"],
        "check_in": pd.to_datetime(["2024-02-27", "2024-02-28", "2024-03-02"]),
        "last_night": pd.to_datetime(["2024-03-01", "2024-02-28", "2024-03-03"]),
    }
)
nights = expand_spans(bookings, "check_in", "last_night")
