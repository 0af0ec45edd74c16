# /// example
# task = """
# A logger writes CSV lines without a header row. Store the text below in `dump_text` and read \
# it into `log`, naming the columns `time`, `temp_c`, `status`, with `time` parsed as \
# datetime64 and all three lines kept as data.
#
# ```text
# 2024-05-01 08:00,12.5,ok
# 2024-05-01 08:10,12.9,ok
# 2024-05-01 08:20,13.4,fault
# ```
#
# Wanted `log`:
#
# ```text
#                  time  temp_c status
# 0 2024-05-01 08:00:00    12.5     ok
# 1 2024-05-01 08:10:00    12.9     ok
# 2 2024-05-01 08:20:00    13.4  fault
# ```"""
# prompt = """
# Our temperature logger dumps rows with no header line:
#
# ```text
# 2024-05-01 08:00,12.5,ok
# 2024-05-01 08:10,12.9,ok
# 2024-05-01 08:20,13.4,fault
# ```
#
# Keep that in `dump_text` and read it as `log` with the columns `time` (a real datetime), \
# `temp_c` and `status`, without losing the first line to a header:
#
# ```text
#                  time  temp_c status
# 0 2024-05-01 08:00:00    12.5     ok
# 1 2024-05-01 08:10:00    12.9     ok
# 2 2024-05-01 08:20:00    13.4  fault
# ```"""
# task_type = 'input-output'
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = {}
# checks = [
#     'list(log.columns) == ["time", "temp_c", "status"]',
#     'pd.api.types.is_datetime64_any_dtype(log["time"]) and log["time"].dt.strftime("%Y-%m-%d %H:%M").tolist() == ["2024-05-01 08:00", "2024-05-01 08:10", "2024-05-01 08:20"]',
#     'np.allclose(log["temp_c"].to_numpy(dtype=float), [12.5, 12.9, 13.4]) and log["status"].tolist() == ["ok", "ok", "fault"]',
# ]
# difficulty = 'basic'
# tags = ['file-io', 'parsing', 'datetime']
# ///
import io

import pandas as pd

dump_text = """2024-05-01 08:00,12.5,ok
2024-05-01 08:10,12.9,ok
2024-05-01 08:20,13.4,fault
"""
# header=None keeps the first line as data; names supplies the column labels
log = pd.read_csv(
    io.StringIO(dump_text), header=None, names=["time", "temp_c", "status"], parse_dates=["time"]
)
