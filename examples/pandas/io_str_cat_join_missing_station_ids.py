# /// example
# task = """
# Build the `checks` table below and write the alert line `message`: the text \
# `Missing stations: ` followed by the ids of the stations whose `reported` flag is False, in \
# table order, joined by `, `, using `Series.str.cat`.
#
# ```text
#   station  reported
# 0   ST001      True
# 1   ST003     False
# 2   ST009      True
# 3   ST017     False
# 4   ST021     False
# ```
#
# Wanted `message`:
#
# ```text
# Missing stations: ST003, ST017, ST021
# ```"""
# prompt = """
# Every morning I post which stations in `checks` didn't report. From
#
# ```text
#   station  reported
# 0   ST001      True
# 1   ST003     False
# 2   ST009      True
# 3   ST017     False
# 4   ST021     False
# ```
#
# build one string `message` like this, ids in table order separated by a comma and a space:
#
# ```text
# Missing stations: ST003, ST017, ST021
# ```"""
# task_type = 'input-output'
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = {}
# checks = [
#     'message == "Missing stations: ST003, ST017, ST021"',
#     'checks["reported"].tolist() == [True, False, True, False, False]',
# ]
# difficulty = 'basic'
# tags = ['text-processing']
# ///
import pandas as pd

checks = pd.DataFrame(
    {
        "station": ["ST001", "ST003", "ST009", "ST017", "ST021"],
        "reported": [True, False, True, False, False],
    }
)
# without `others`, str.cat concatenates the whole Series into one string
message = "Missing stations: " + checks.loc[~checks["reported"], "station"].str.cat(sep=", ")
