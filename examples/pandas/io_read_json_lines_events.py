# /// example
# task = """
# Read the JSON Lines text `raw` below (one JSON object per line) into `events` and parse the `ts` \
# column to datetime64.
#
# ```text
# {"user": "ana", "ts": "2024-05-01 10:00:00", "clicks": 3}
# {"user": "bo", "ts": "2024-05-01 11:30:00", "clicks": 1}
# {"user": "ana", "ts": "2024-05-02 09:15:00", "clicks": 7}
# ```
#
# Wanted `events`:
#
# ```text
#   user                  ts  clicks
# 0  ana 2024-05-01 10:00:00       3
# 1   bo 2024-05-01 11:30:00       1
# 2  ana 2024-05-02 09:15:00       7
# ```"""
# prompt = """
# Our app writes one JSON object per line (I have the text as `raw`). How do I load it into a \
# DataFrame `events` with `ts` as real datetimes?
#
# ```text
# {"user": "ana", "ts": "2024-05-01 10:00:00", "clicks": 3}
# {"user": "bo", "ts": "2024-05-01 11:30:00", "clicks": 1}
# {"user": "ana", "ts": "2024-05-02 09:15:00", "clicks": 7}
# ```
#
# Expected:
#
# ```text
#   user                  ts  clicks
# 0  ana 2024-05-01 10:00:00       3
# 1   bo 2024-05-01 11:30:00       1
# 2  ana 2024-05-02 09:15:00       7
# ```"""
# task_type = 'input-output'
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = {}
# checks = [
#     'list(events.columns) == ["user", "ts", "clicks"] and events["user"].tolist() == ["ana", "bo", "ana"]',
#     'pd.api.types.is_datetime64_any_dtype(events["ts"]) and list(events["ts"].dt.strftime("%Y-%m-%d %H:%M")) == ["2024-05-01 10:00", "2024-05-01 11:30", "2024-05-02 09:15"]',
#     'events["clicks"].tolist() == [3, 1, 7]',
# ]
# difficulty = 'basic'
# tags = ['file-io', 'datetime']
# ///
import io

import pandas as pd

raw = """{"user": "ana", "ts": "2024-05-01 10:00:00", "clicks": 3}
{"user": "bo", "ts": "2024-05-01 11:30:00", "clicks": 1}
{"user": "ana", "ts": "2024-05-02 09:15:00", "clicks": 7}
"""
# lines=True reads newline-delimited JSON: one record per line
events = pd.read_json(io.StringIO(raw), lines=True)
events["ts"] = pd.to_datetime(events["ts"])
