# /// example
# task = """
# Build `readings` below (row index `time`, two-level columns `metric` x `site`) and move the \
# `site` level from the columns into the rows, so `long_by_site` has a (`time`, `site`) row index \
# and one column per metric (`temp`, `humidity`).
#
# ```text
# metric  temp       humidity
# site    roof  yard     roof yard
# time
# 08:00   21.5  23.0       40   55
# 12:00   19.0  20.5       48   61
# ```
#
# Wanted `long_by_site`:
#
# ```text
# metric      temp  humidity
# time  site
# 08:00 roof  21.5        40
#       yard  23.0        55
# 12:00 roof  19.0        48
#       yard  20.5        61
# ```"""
# prompt = """
# My `readings` table has a column per metric and site (two column levels). I want the sites as \
# rows instead: a (time, site) index and just `temp` and `humidity` columns, in `long_by_site`:
#
# ```text
# metric  temp       humidity
# site    roof  yard     roof yard
# time
# 08:00   21.5  23.0       40   55
# 12:00   19.0  20.5       48   61
# ```
#
# Expected:
#
# ```text
# metric      temp  humidity
# time  site
# 08:00 roof  21.5        40
#       yard  23.0        55
# 12:00 roof  19.0        48
#       yard  20.5        61
# ```"""
# task_type = 'input-output'
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = {}
# checks = [
#     'long_by_site.index.tolist() == [("08:00", "roof"), ("08:00", "yard"), ("12:00", "roof"), ("12:00", "yard")]',
#     'np.allclose(long_by_site["temp"].to_numpy(dtype=float), [21.5, 23.0, 19.0, 20.5]) and np.allclose(long_by_site["humidity"].to_numpy(dtype=float), [40, 55, 48, 61])',
#     'sorted(long_by_site.columns) == ["humidity", "temp"]',
# ]
# difficulty = 'intermediate'
# tags = ['reshaping', 'hierarchical-index']
# ///
import pandas as pd

columns = pd.MultiIndex.from_product(
    [["temp", "humidity"], ["roof", "yard"]], names=["metric", "site"]
)
readings = pd.DataFrame(
    [[21.5, 23.0, 40, 55], [19.0, 20.5, 48, 61]],
    index=pd.Index(["08:00", "12:00"], name="time"),
    columns=columns,
)
# stack moves the "site" column level into the rows, leaving one column per metric
long_by_site = readings.stack("site")
