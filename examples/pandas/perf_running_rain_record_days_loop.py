# /// example
# task = """
# This loop walks through the daily table `weather` and fills two arrays: `running_rain`, the \
# rainfall total so far (the day included), and `new_record`, True on days whose `temperature` \
# is strictly higher than on every earlier day (the first day counts as a record):
#
# ```python
# import numpy as np
#
# running_rain = np.empty(len(weather))
# new_record = np.zeros(len(weather), dtype=bool)
# total, hottest = 0.0, -np.inf
# for i, (temp, rain) in enumerate(zip(weather["temperature"], weather["rainfall"])):
#     total += rain
#     running_rain[i] = total
#     new_record[i] = temp > hottest
#     hottest = max(hottest, temp)
# ```
#
# Compute the same two arrays with cumulative pandas methods instead of the loop."""
# prompt = """
# Going through my daily `weather` table I keep a running rainfall total (`running_rain`, today \
# included) and flag the days that beat every earlier day's `temperature` (`new_record`; a tie \
# is not a record, and day one is one):
#
# ```python
# import numpy as np
#
# running_rain = np.empty(len(weather))
# new_record = np.zeros(len(weather), dtype=bool)
# total, hottest = 0.0, -np.inf
# for i, (temp, rain) in enumerate(zip(weather["temperature"], weather["rainfall"])):
#     total += rain
#     running_rain[i] = total
#     new_record[i] = temp > hottest
#     hottest = max(hottest, temp)
# ```
#
# How would I write this with vectorised pandas operations?"""
# task_type = 'performance'
# domain = 'data_processing'
# libraries = ['pandas', 'numpy']
# inputs = { weather = 'weather' }
# checks = [
#     'np.allclose(np.asarray(running_rain, dtype=float), np.cumsum(weather["rainfall"].to_numpy()))',
#     '(lambda temps: np.array_equal(np.asarray(new_record, dtype=bool), temps > np.concatenate([[-np.inf], np.maximum.accumulate(temps)[:-1]])))(weather["temperature"].to_numpy())',
#     'len(new_record) == len(weather) and bool(np.asarray(new_record)[0])',
# ]
# difficulty = 'intermediate'
# tags = ['vectorization', 'column-wise', 'time-series']
# edge_cases = true
# ///
import numpy as np

running_rain = weather["rainfall"].cumsum().to_numpy()
# the highest temperature of all the days before each day: cummax shifted down by one row
previous_high = weather["temperature"].cummax().shift(fill_value=-np.inf)
new_record = (weather["temperature"] > previous_high).to_numpy()
