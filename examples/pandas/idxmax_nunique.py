# /// example
# task = """
# For `weather`, find the date of the hottest day (`hottest_day`) and of the wettest day \
# (`wettest_day`) with `idxmax`, and the number of distinct values in each column \
# (`distinct_counts`, via `nunique`)."""
# prompt = """
# From the daily `weather` table, find the date of the hottest day (`hottest_day`) and of the \
# wettest day (`wettest_day`), and the number of distinct values in each column \
# (`distinct_counts`, a Series indexed by column name)."""
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = { weather = 'weather' }
# checks = [
#     'weather.at[hottest_day, "temperature"] == weather["temperature"].max()',
#     'weather.at[wettest_day, "rainfall"] == weather["rainfall"].max()',
#     'distinct_counts["rainfall"] == len(set(weather["rainfall"]))',
#     'list(distinct_counts.index) == list(weather.columns)',
# ]
# difficulty = 'basic'
# tags = ['descriptive-statistics', 'sorting']
# edge_cases = true
# ///
# idxmax returns the index label (the date) of the first maximum, not its position
hottest_day = weather["temperature"].idxmax()
wettest_day = weather["rainfall"].idxmax()
distinct_counts = weather.nunique()
