import json

import pandas as pd


def read_jsonl(text, date_cols=()):
    """Read JSON Lines text (one JSON object per line) into a DataFrame.

    The columns named in `date_cols` are parsed as datetime64. Strings
    that look like numbers stay strings (zip codes such as "02139" keep
    their leading zero); JSON numbers become int64 or float64 and null
    becomes NaN. Returns a DataFrame with a RangeIndex.
    """
    records = [json.loads(line) for line in text.splitlines() if line.strip()]
    frame = pd.DataFrame.from_records(records)
    return frame.assign(**{column: pd.to_datetime(frame[column]) for column in date_cols})


events_jsonl = events.to_json(orient="records", lines=True, date_format="iso")
events_back = read_jsonl(events_jsonl, date_cols=["timestamp"])
