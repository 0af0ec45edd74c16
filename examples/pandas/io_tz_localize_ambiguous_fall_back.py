# /// example
# task = """
# Build the sensor `log` below, recorded in Chicago local time (America/Chicago) in time order \
# across the night the clocks fell back, so 01:00-01:59 occurs twice. Add `utc`, each reading's \
# UTC time as text "YYYY-MM-DD HH:MM", resolving the repeated hour from the order of the rows.
#
# ```text
#            local_time  reading
# 0 2024-11-03 00:30:00      7.1
# 1 2024-11-03 01:00:00      7.3
# 2 2024-11-03 01:30:00      7.2
# 3 2024-11-03 01:00:00      7.6
# 4 2024-11-03 01:30:00      7.4
# 5 2024-11-03 02:00:00      7.5
# ```
#
# Wanted `log`:
#
# ```text
#            local_time  reading               utc
# 0 2024-11-03 00:30:00      7.1  2024-11-03 05:30
# 1 2024-11-03 01:00:00      7.3  2024-11-03 06:00
# 2 2024-11-03 01:30:00      7.2  2024-11-03 06:30
# 3 2024-11-03 01:00:00      7.6  2024-11-03 07:00
# 4 2024-11-03 01:30:00      7.4  2024-11-03 07:30
# 5 2024-11-03 02:00:00      7.5  2024-11-03 08:00
# ```"""
# prompt = """
# My `log` was written in Chicago local time through the night of the DST change (clocks went \
# back, so 01:00 to 01:59 appears twice, rows in true time order). I need the real UTC time of \
# each row as text in a new column `utc`:
#
# ```text
#            local_time  reading
# 0 2024-11-03 00:30:00      7.1
# 1 2024-11-03 01:00:00      7.3
# 2 2024-11-03 01:30:00      7.2
# 3 2024-11-03 01:00:00      7.6
# 4 2024-11-03 01:30:00      7.4
# 5 2024-11-03 02:00:00      7.5
# ```
#
# Expected:
#
# ```text
#            local_time  reading               utc
# 0 2024-11-03 00:30:00      7.1  2024-11-03 05:30
# 1 2024-11-03 01:00:00      7.3  2024-11-03 06:00
# 2 2024-11-03 01:30:00      7.2  2024-11-03 06:30
# 3 2024-11-03 01:00:00      7.6  2024-11-03 07:00
# 4 2024-11-03 01:30:00      7.4  2024-11-03 07:30
# 5 2024-11-03 02:00:00      7.5  2024-11-03 08:00
# ```"""
# task_type = 'input-output'
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = {}
# checks = [
#     # the first 01:00 is daylight time (06:00 UTC), the second standard time (07:00 UTC)
#     'log["utc"].tolist() == ["2024-11-03 05:30", "2024-11-03 06:00", "2024-11-03 06:30", "2024-11-03 07:00", "2024-11-03 07:30", "2024-11-03 08:00"]',
#     'np.allclose(log["reading"].to_numpy(dtype=float), [7.1, 7.3, 7.2, 7.6, 7.4, 7.5])',
# ]
# difficulty = 'advanced'
# tags = ['datetime', 'time-series']
# ///
import pandas as pd

log = pd.DataFrame(
    {
        "local_time": pd.to_datetime(
            [
                "2024-11-03 00:30",
                "2024-11-03 01:00",
                "2024-11-03 01:30",
                "2024-11-03 01:00",
                "2024-11-03 01:30",
                "2024-11-03 02:00",
            ]
        ),
        "reading": [7.1, 7.3, 7.2, 7.6, 7.4, 7.5],
    }
)
# 01:00-01:59 happens twice when the clocks fall back; "infer" uses the row order to tell them apart
aware = log["local_time"].dt.tz_localize("America/Chicago", ambiguous="infer")
log["utc"] = aware.dt.tz_convert("UTC").dt.strftime("%Y-%m-%d %H:%M")
