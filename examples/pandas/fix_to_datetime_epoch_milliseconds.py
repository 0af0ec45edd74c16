# /// example
# task = """
# Device pings carry Unix timestamps in milliseconds. This code should add their times as a \
# datetime column `time` to `pings`, but every time lands on 1970-01-01:
#
# ```python
# import pandas as pd
#
# pings = pd.DataFrame(
#     {"device": ["a", "b", "c"], "epoch_ms": [1700000000000, 1700003600000, 1700007260000]}
# )
# pings["time"] = pd.to_datetime(pings["epoch_ms"])
# ```
#
# Fix it: the times should be `2023-11-14 22:13:20`, `2023-11-14 23:13:20` and \
# `2023-11-15 00:14:20` (UTC, kept time-zone naive)."""
# prompt = """
# My devices report `epoch_ms` (milliseconds since 1970) in the `pings` table and I convert them \
# into a `time` column like this:
#
# ```python
# import pandas as pd
#
# pings = pd.DataFrame(
#     {"device": ["a", "b", "c"], "epoch_ms": [1700000000000, 1700003600000, 1700007260000]}
# )
# pings["time"] = pd.to_datetime(pings["epoch_ms"])
# ```
#
# but every `time` shows up as a few minutes after midnight on 1 January 1970. I expected \
# `2023-11-14 22:13:20`, `2023-11-14 23:13:20` and `2023-11-15 00:14:20` (naive UTC is fine)."""
# task_type = 'fix'
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = {}
# checks = [
#     'pd.api.types.is_datetime64_any_dtype(pings["time"])',
#     'pings["time"].dt.strftime("%Y-%m-%d %H:%M:%S").tolist() == ["2023-11-14 22:13:20", "2023-11-14 23:13:20", "2023-11-15 00:14:20"]',
#     'pings["epoch_ms"].tolist() == [1700000000000, 1700003600000, 1700007260000]',
#     'pings["time"].dt.tz is None',
# ]
# difficulty = 'basic'
# tags = ['debugging', 'datetime', 'parsing']
# ///
import pandas as pd

pings = pd.DataFrame(
    {"device": ["a", "b", "c"], "epoch_ms": [1700000000000, 1700003600000, 1700007260000]}
)
# integers are read as nanoseconds by default; unit="ms" says they count milliseconds
pings["time"] = pd.to_datetime(pings["epoch_ms"], unit="ms")
