# /// example
# task = '''
# Write a function `read_jsonl` with the signature and docstring below. Export the event log
# `events` as JSON Lines text (ISO dates) into `events_jsonl`, then read it back with
# `read_jsonl(events_jsonl, ["timestamp"])` into `events_back`.
#
# ```python
# def read_jsonl(text, date_cols=()):
#     """Read JSON Lines text (one JSON object per line) into a DataFrame.
#
#     The columns named in `date_cols` are parsed as datetime64. Strings
#     that look like numbers stay strings (zip codes such as "02139" keep
#     their leading zero); JSON numbers become int64 or float64 and null
#     becomes NaN. Returns a DataFrame with a RangeIndex.
#     """
# ```'''
# prompt = """
# Our API sends newline-delimited JSON. I need `read_jsonl(text, date_cols=())` that reads such \
# text into a DataFrame with a 0..n-1 index, parses only the columns listed in `date_cols` as \
# datetimes, and must not turn number-like strings into numbers (zip codes like "02139" keep their \
# leading zero); JSON numbers become int64/float64 and null becomes NaN. Check it by exporting my \
# `events` log as JSON Lines with ISO dates into `events_jsonl` and reading it back with \
# `read_jsonl(events_jsonl, ["timestamp"])` into `events_back`."""
# task_type = 'function'
# domain = 'data_processing'
# libraries = ['pandas', 'numpy']
# inputs = { events = 'events' }
# checks = [
#     'read_jsonl("{\"id\": 1, \"zip\": \"02139\", \"v\": 1.5}\n{\"id\": 2, \"zip\": \"10001\", \"v\": null}\n")["zip"].tolist() == ["02139", "10001"]',
#     'read_jsonl("{\"id\": 1, \"zip\": \"02139\", \"v\": 1.5}\n{\"id\": 2, \"zip\": \"10001\", \"v\": null}\n")["id"].dtype == np.int64 and np.allclose(read_jsonl("{\"id\": 1, \"zip\": \"02139\", \"v\": 1.5}\n{\"id\": 2, \"zip\": \"10001\", \"v\": null}\n")["v"], [1.5, np.nan], equal_nan=True)',
#     'read_jsonl("{\"when\": \"2024-05-01T08:00:00\", \"n\": 3}\n{\"when\": \"2024-05-02T09:30:00\", \"n\": 4}\n", ["when"])["when"].tolist() == [pd.Timestamp("2024-05-01 08:00"), pd.Timestamp("2024-05-02 09:30")]',
#     'pd.api.types.is_datetime64_any_dtype(read_jsonl("{\"day\": \"2023-12-31\"}\n", date_cols=["day"])["day"]) and read_jsonl("{\"day\": \"2023-12-31\"}\n", date_cols=["day"]).index.equals(pd.RangeIndex(1))',
#     'isinstance(events_jsonl, str) and len(events_jsonl.strip().splitlines()) == len(events)',
#     'list(events_back.columns) == list(events.columns) and events_back.index.equals(pd.RangeIndex(len(events)))',
#     'pd.api.types.is_datetime64_any_dtype(events_back["timestamp"]) and (events_back["timestamp"].to_numpy() == events["timestamp"].to_numpy()).all()',
#     'events_back["user"].tolist() == events["user"].tolist() and events_back["event"].astype(str).tolist() == events["event"].astype(str).tolist()',
# ]
# difficulty = 'intermediate'
# tags = ['reusable-function', 'file-io', 'parsing', 'datetime']
# edge_cases = true
# ///
import io

import pandas as pd


def read_jsonl(text, date_cols=()):
    """Read JSON Lines text (one JSON object per line) into a DataFrame.

    The columns named in `date_cols` are parsed as datetime64. Strings
    that look like numbers stay strings (zip codes such as "02139" keep
    their leading zero); JSON numbers become int64 or float64 and null
    becomes NaN. Returns a DataFrame with a RangeIndex.
    """
    # dtype=False stops pandas from guessing types, which would turn "02139" into 2139
    frame = pd.read_json(io.StringIO(text), lines=True, dtype=False)
    for column in date_cols:
        frame[column] = pd.to_datetime(frame[column])
    return frame


events_jsonl = events.to_json(orient="records", lines=True, date_format="iso")
events_back = read_jsonl(events_jsonl, ["timestamp"])
