# /// example
# task = """
# A wind export `wind` has column names with spaces. Build it from the table below and select \
# with `DataFrame.query`, quoting the names with backticks, the sites whose `wind speed` is \
# above 20 and whose `gust max` is below 60, into `calm_enough`.
#
# ```text
#   site  wind speed  gust max
# 0    A        12.5      30.1
# 1    B        40.2      75.0
# 2    C        22.0      41.3
# 3    D        20.0      35.0
# ```"""
# prompt = """
# My `wind` table came from Excel with spaces in the headers (`wind speed`, `gust max`):
#
# ```text
#   site  wind speed  gust max
# 0    A        12.5      30.1
# 1    B        40.2      75.0
# 2    C        22.0      41.3
# 3    D        20.0      35.0
# ```
#
# How do I write a `query` string that keeps the sites with `wind speed` above 20 and `gust max` \
# below 60, as `calm_enough`? I'd rather not rename the columns."""
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = {}
# checks = [
#     'calm_enough["site"].tolist() == ["C"] and calm_enough["wind speed"].tolist() == [22.0] and calm_enough["gust max"].tolist() == [41.3]',
#     'list(wind.columns) == ["site", "wind speed", "gust max"] and wind["site"].tolist() == ["A", "B", "C", "D"]',
#     'wind["wind speed"].tolist() == [12.5, 40.2, 22.0, 20.0] and wind["gust max"].tolist() == [30.1, 75.0, 41.3, 35.0]',
#     'list(calm_enough.columns) == ["site", "wind speed", "gust max"]',
# ]
# difficulty = 'basic'
# tags = ['row-selection']
# ///
import pandas as pd

wind = pd.DataFrame(
    {
        "site": ["A", "B", "C", "D"],
        "wind speed": [12.5, 40.2, 22.0, 20.0],
        "gust max": [30.1, 75.0, 41.3, 35.0],
    }
)
# backticks let query refer to column names that are not valid Python identifiers
calm_enough = wind.query("`wind speed` > 20 and `gust max` < 60")
