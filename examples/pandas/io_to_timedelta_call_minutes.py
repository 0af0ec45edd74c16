# /// example
# task = """
# Build the call log below as `calls` and add a float column `minutes` with each call's \
# `duration` (text like "1h 30m" or "1h 5m 30s") in minutes.
#
# ```text
#    call_id   duration
# 0        1     1h 30m
# 1        2        45m
# 2        3         2h
# 3        4  1h 5m 30s
# ```
#
# Wanted `calls`:
#
# ```text
#    call_id   duration  minutes
# 0        1     1h 30m     90.0
# 1        2        45m     45.0
# 2        3         2h    120.0
# 3        4  1h 5m 30s     65.5
# ```"""
# prompt = """
# My phone system logs durations as text. From this `calls` table
#
# ```text
#    call_id   duration
# 0        1     1h 30m
# 1        2        45m
# 2        3         2h
# 3        4  1h 5m 30s
# ```
#
# I want a numeric `minutes` column:
#
# ```text
#    call_id   duration  minutes
# 0        1     1h 30m     90.0
# 1        2        45m     45.0
# 2        3         2h    120.0
# 3        4  1h 5m 30s     65.5
# ```"""
# task_type = 'input-output'
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = {}
# checks = [
#     'np.allclose(calls["minutes"].to_numpy(dtype=float), [90.0, 45.0, 120.0, 65.5])',
#     'calls["duration"].tolist() == ["1h 30m", "45m", "2h", "1h 5m 30s"] and calls["call_id"].tolist() == [1, 2, 3, 4]',
# ]
# difficulty = 'basic'
# tags = ['parsing', 'datetime', 'derived-columns']
# ///
import pandas as pd

calls = pd.DataFrame({"call_id": [1, 2, 3, 4], "duration": ["1h 30m", "45m", "2h", "1h 5m 30s"]})
# to_timedelta parses unit-suffixed text such as "1h 5m 30s"; total_seconds turns it into a number
durations = pd.to_timedelta(calls["duration"])
calls["minutes"] = durations.dt.total_seconds() / 60
