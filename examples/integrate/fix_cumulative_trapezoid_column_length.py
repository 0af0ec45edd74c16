# /// example
# task = """
# `weather` has one row per day and a `temperature` column (deg C). This code should add a column \
# `degree_days` holding the running integral of (temperature - 10) over the days so far, by the \
# trapezoidal rule with a one-day step and 0 on the first day, but it raises an error:
#
# ```python
# from scipy.integrate import cumulative_trapezoid
#
# weather["degree_days"] = cumulative_trapezoid(weather["temperature"] - 10.0, dx=1.0)
# ```
#
# ```text
# ValueError: Length of values (364) does not match length of index (365)
# ```
#
# Fix it."""
# prompt = """
# My daily table `weather` has a `temperature` column. I want a new column `degree_days`: the \
# running trapezoidal integral of (temperature - 10) with a one-day step, starting from 0 on the \
# first day:
#
# ```python
# from scipy.integrate import cumulative_trapezoid
#
# weather["degree_days"] = cumulative_trapezoid(weather["temperature"] - 10.0, dx=1.0)
# ```
#
# This gives
#
# ```text
# ValueError: Length of values (364) does not match length of index (365)
# ```
#
# Why is it one value short?"""
# task_type = 'fix'
# domain = 'numerical_methods'
# libraries = ['scipy.integrate', 'pandas']
# inputs = { weather = 'weather' }
# checks = [
#     # 0 on the first day, then the running sum of the mean excess of neighbouring days
#     '(lambda excess: np.allclose(weather["degree_days"].to_numpy(), np.concatenate([[0.0], np.cumsum((excess[1:] + excess[:-1]) / 2)]), rtol=1e-9, atol=1e-9 * (1 + np.abs(excess).sum())))(weather["temperature"].to_numpy() - 10.0)',
#     'weather["degree_days"].index.equals(weather["temperature"].index)',
# ]
# difficulty = 'basic'
# tags = ['debugging', 'sampled-data', 'time-series']
# edge_cases = true
# ///
from scipy.integrate import cumulative_trapezoid

# cumulative_trapezoid returns one value per interval (n - 1); initial=0 prepends the first day's 0
weather["degree_days"] = cumulative_trapezoid(weather["temperature"] - 10.0, dx=1.0, initial=0)
