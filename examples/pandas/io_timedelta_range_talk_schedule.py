# /// example
# task = """
# Build `schedule`, a DataFrame with the columns `talk` and `begins` (clock time as text "HH:MM"), \
# for the talks below in order, each slot 25 minutes long, using a range of time offsets from the \
# start.
#
# ```text
# start: 2024-09-14 09:00
# slot length: 25 minutes
# talks: welcome, keynote, panel, demo, wrap-up
# ```
#
# Wanted `schedule`:
#
# ```text
#       talk begins
# 0  welcome  09:00
# 1  keynote  09:25
# 2    panel  09:50
# 3     demo  10:15
# 4  wrap-up  10:40
# ```"""
# prompt = """
# I'm planning a session of back-to-back 25-minute slots. For these talks I need `schedule` with \
# the `talk` and when it `begins` ("HH:MM"):
#
# ```text
# start: 2024-09-14 09:00
# slot length: 25 minutes
# talks: welcome, keynote, panel, demo, wrap-up
# ```
#
# Expected:
#
# ```text
#       talk begins
# 0  welcome  09:00
# 1  keynote  09:25
# 2    panel  09:50
# 3     demo  10:15
# 4  wrap-up  10:40
# ```"""
# task_type = 'input-output'
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = {}
# checks = [
#     'schedule["begins"].tolist() == ["09:00", "09:25", "09:50", "10:15", "10:40"]',
#     'schedule["talk"].tolist() == ["welcome", "keynote", "panel", "demo", "wrap-up"]',
# ]
# difficulty = 'basic'
# tags = ['datetime']
# ///
import pandas as pd

start = pd.Timestamp("2024-09-14 09:00")
talks = ["welcome", "keynote", "panel", "demo", "wrap-up"]
# five slots 25 minutes apart, counted from the start time
offsets = pd.timedelta_range(start="0min", periods=len(talks), freq="25min")
schedule = pd.DataFrame({"talk": talks, "begins": (start + offsets).strftime("%H:%M")})
