# /// example
# task = """
# Build the hourly rain-rate log below as `rain` (hour, rate in mm/h) and add a column \
# `total_mm`: the rain fallen since hour 0, integrating the rate with the trapezoidal rule (0 at \
# the first row).
#
# ```text
#    hour  rate_mm_h
# 0     0        0.0
# 1     1        2.0
# 2     2        4.0
# 3     3        1.0
# 4     4        0.0
# ```
#
# Wanted `rain`:
#
# ```text
#    hour  rate_mm_h  total_mm
# 0     0        0.0       0.0
# 1     1        2.0       1.0
# 2     2        4.0       4.0
# 3     3        1.0       6.5
# 4     4        0.0       7.0
# ```"""
# prompt = """
# My gauge logs a rain rate every hour (`rain`), and I want the running total in a `total_mm` \
# column, trapezoid rule, starting from 0:
#
# ```text
#    hour  rate_mm_h
# 0     0        0.0
# 1     1        2.0
# 2     2        4.0
# 3     3        1.0
# 4     4        0.0
# ```
#
# should become
#
# ```text
#    hour  rate_mm_h  total_mm
# 0     0        0.0       0.0
# 1     1        2.0       1.0
# 2     2        4.0       4.0
# 3     3        1.0       6.5
# 4     4        0.0       7.0
# ```"""
# task_type = 'input-output'
# domain = 'numerical_methods'
# libraries = ['scipy.integrate', 'pandas']
# inputs = {}
# checks = [
#     'np.allclose(rain["total_mm"], [0.0, 1.0, 4.0, 6.5, 7.0])',
#     'rain["hour"].tolist() == [0, 1, 2, 3, 4] and rain["rate_mm_h"].tolist() == [0.0, 2.0, 4.0, 1.0, 0.0]',
# ]
# difficulty = 'basic'
# tags = ['sampled-data', 'quadrature']
# ///
import pandas as pd
from scipy import integrate

rain = pd.DataFrame({"hour": [0, 1, 2, 3, 4], "rate_mm_h": [0.0, 2.0, 4.0, 1.0, 0.0]})
# initial=0 gives the first row a total of 0 so the column has one value per row
rain["total_mm"] = integrate.cumulative_trapezoid(rain["rate_mm_h"], x=rain["hour"], initial=0)
