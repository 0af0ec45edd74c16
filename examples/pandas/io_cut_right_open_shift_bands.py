# /// example
# task = """
# Build `calls` below and add a column `shift` naming the shift of each call's `hour`: night for \
# hours from 0 up to but not including 6, morning for [6, 12), afternoon for [12, 18), evening for \
# [18, 24).
#
# ```text
#    call_id  hour
# 0        1     0
# 1        2     5
# 2        3     6
# 3        4    12
# 4        5    17
# 5        6    18
# ```
#
# Wanted `calls`:
#
# ```text
#    call_id  hour      shift
# 0        1     0      night
# 1        2     5      night
# 2        3     6    morning
# 3        4    12  afternoon
# 4        5    17  afternoon
# 5        6    18    evening
# ```"""
# prompt = """
# Each call in `calls` has an `hour` (0-23). I want a `shift` column: night = 0 until before 6, \
# morning = 6 until before 12, afternoon = 12 until before 18, evening = 18 until before 24, so a \
# call at 6 is already morning:
#
# ```text
#    call_id  hour
# 0        1     0
# 1        2     5
# 2        3     6
# 3        4    12
# 4        5    17
# 5        6    18
# ```
#
# Expected:
#
# ```text
#    call_id  hour      shift
# 0        1     0      night
# 1        2     5      night
# 2        3     6    morning
# 3        4    12  afternoon
# 4        5    17  afternoon
# 5        6    18    evening
# ```"""
# task_type = 'input-output'
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = {}
# checks = [
#     # hours 6, 12 and 18 sit on bin edges and belong to the later shift
#     '[str(label) for label in calls["shift"]] == ["night", "night", "morning", "afternoon", "afternoon", "evening"]',
#     'calls["call_id"].tolist() == [1, 2, 3, 4, 5, 6] and calls["hour"].tolist() == [0, 5, 6, 12, 17, 18]',
# ]
# difficulty = 'basic'
# tags = ['binning', 'categorical']
# ///
import pandas as pd

calls = pd.DataFrame({"call_id": [1, 2, 3, 4, 5, 6], "hour": [0, 5, 6, 12, 17, 18]})
# right=False makes the bins [0, 6), [6, 12), ...: a call at 6 o'clock is in the morning
calls["shift"] = pd.cut(
    calls["hour"],
    bins=[0, 6, 12, 18, 24],
    right=False,
    labels=["night", "morning", "afternoon", "evening"],
)
