# /// example
# task = """
# Build the naive Berlin wall-clock times below as the Series `local` and convert them to UTC in \
# `utc`. 02:30 on 2024-03-31 does not exist in Berlin (clocks jump from 02:00 to 03:00): move such \
# times forward to the first valid instant.
#
# ```text
# 0   2024-03-31 01:30:00
# 1   2024-03-31 02:30:00
# 2   2024-03-31 03:30:00
# ```
#
# Wanted `utc`:
#
# ```text
# 0   2024-03-31 00:30:00+00:00
# 1   2024-03-31 01:00:00+00:00
# 2   2024-03-31 01:30:00+00:00
# ```"""
# prompt = """
# My logger writes Berlin local time without a zone. Converting these `local` times to UTC fails \
# on the night the clocks go forward, because 02:30 never happened:
#
# ```text
# 0   2024-03-31 01:30:00
# 1   2024-03-31 02:30:00
# 2   2024-03-31 03:30:00
# ```
#
# Shift such times forward to when the clock resumes and give me `utc`:
#
# ```text
# 0   2024-03-31 00:30:00+00:00
# 1   2024-03-31 01:00:00+00:00
# 2   2024-03-31 01:30:00+00:00
# ```"""
# task_type = 'input-output'
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = {}
# checks = [
#     # any spelling of UTC ("UTC", "Etc/UTC", datetime.timezone.utc) has a zero offset
#     'utc.dt.tz is not None and all(stamp.utcoffset() == pd.Timedelta(0) for stamp in utc)',
#     'list(utc) == [pd.Timestamp("2024-03-31 00:30", tz="UTC"), pd.Timestamp("2024-03-31 01:00", tz="UTC"), pd.Timestamp("2024-03-31 01:30", tz="UTC")]',
# ]
# difficulty = 'advanced'
# tags = ['datetime', 'time-series']
# ///
import pandas as pd

local = pd.Series(pd.to_datetime(["2024-03-31 01:30", "2024-03-31 02:30", "2024-03-31 03:30"]))
# nonexistent="shift_forward" moves a time inside the DST gap to 03:00, the first valid instant
berlin = local.dt.tz_localize("Europe/Berlin", nonexistent="shift_forward")
utc = berlin.dt.tz_convert("UTC")
