# /// example
# task = """
# Build `meetings` below, whose `new_york` times are local New York wall-clock times \
# (America/New_York, daylight saving included). Add the columns `london` (Europe/London) and \
# `tokyo` (Asia/Tokyo) with the same instants as local wall-clock strings formatted "YYYY-MM-DD \
# HH:MM".
#
# ```text
#      topic            new_york
# 0  kickoff 2024-03-08 09:00:00
# 1   review 2024-03-12 09:00:00
# 2    retro 2024-03-28 16:30:00
# ```
#
# Wanted `meetings`:
#
# ```text
#      topic            new_york            london             tokyo
# 0  kickoff 2024-03-08 09:00:00  2024-03-08 14:00  2024-03-08 23:00
# 1   review 2024-03-12 09:00:00  2024-03-12 13:00  2024-03-12 22:00
# 2    retro 2024-03-28 16:30:00  2024-03-28 20:30  2024-03-29 05:30
# ```"""
# prompt = """
# Our `meetings` are scheduled in New York local time (`new_york`). For the invites I need the \
# local times in London and Tokyo as text like "2024-03-08 14:00", in new columns `london` and \
# `tokyo`. Mind that the US and the UK switch to summer time on different dates:
#
# ```text
#      topic            new_york
# 0  kickoff 2024-03-08 09:00:00
# 1   review 2024-03-12 09:00:00
# 2    retro 2024-03-28 16:30:00
# ```
#
# Expected:
#
# ```text
#      topic            new_york            london             tokyo
# 0  kickoff 2024-03-08 09:00:00  2024-03-08 14:00  2024-03-08 23:00
# 1   review 2024-03-12 09:00:00  2024-03-12 13:00  2024-03-12 22:00
# 2    retro 2024-03-28 16:30:00  2024-03-28 20:30  2024-03-29 05:30
# ```"""
# task_type = 'input-output'
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = {}
# checks = [
#     # on 2024-03-12 New York is already on summer time but London is not yet: 4 hours apart, not 5
#     'meetings["london"].tolist() == ["2024-03-08 14:00", "2024-03-12 13:00", "2024-03-28 20:30"]',
#     'meetings["tokyo"].tolist() == ["2024-03-08 23:00", "2024-03-12 22:00", "2024-03-29 05:30"]',
# ]
# difficulty = 'intermediate'
# tags = ['datetime']
# ///
import pandas as pd

meetings = pd.DataFrame(
    {
        "topic": ["kickoff", "review", "retro"],
        "new_york": pd.to_datetime(["2024-03-08 09:00", "2024-03-12 09:00", "2024-03-28 16:30"]),
    }
)
# attach the New York zone (DST included), then express the same instants in other zones
local = meetings["new_york"].dt.tz_localize("America/New_York")
meetings["london"] = local.dt.tz_convert("Europe/London").dt.strftime("%Y-%m-%d %H:%M")
meetings["tokyo"] = local.dt.tz_convert("Asia/Tokyo").dt.strftime("%Y-%m-%d %H:%M")
