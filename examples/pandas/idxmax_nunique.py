# /// example
# task = """
# For `weather`, find the date of the hottest day (`hottest_day`) and of the wettest day \
# (`wettest_day`) with `idxmax`, and the number of distinct values in each column \
# (`distinct_counts`, via `nunique`)."""
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
# tags = ['summary-statistics', 'idxmax']
# edge_cases = true
# ///
hottest_day = weather["temperature"].idxmax()
wettest_day = weather["rainfall"].idxmax()
distinct_counts = weather.nunique()
