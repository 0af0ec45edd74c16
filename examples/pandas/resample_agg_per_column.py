# /// example
# task = """
# Aggregate the daily `weather` table to calendar months (month-start labels, `"MS"`) with a \
# different statistic per column: mean `temperature` and total `rainfall`; store the monthly \
# table in `monthly`."""
# prompt = """
# Aggregate the daily `weather` table to calendar months labelled by the month start ("MS"), \
# using a different statistic per column: the mean `temperature` and the total `rainfall`. Store \
# the monthly table in `monthly`."""
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = { weather = 'weather' }
# checks = [
#     'np.isclose(monthly["rainfall"].sum(), weather["rainfall"].sum())',
#     'len(monthly) == weather.index.to_period("M").nunique()',
#     '(monthly.index.day == 1).all()',
#     'np.isclose(monthly["temperature"].iloc[0], weather["temperature"][weather.index.to_period("M") == weather.index[0].to_period("M")].mean())',
# ]
# difficulty = 'basic'
# tags = ['resampling', 'time-series', 'aggregation']
# edge_cases = true
# ///
# rainfall accumulates over a month but temperature does not: one is summed, the other averaged
monthly = weather.resample("MS").agg({"temperature": "mean", "rainfall": "sum"})
