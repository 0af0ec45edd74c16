# /// example
# task = """
# This code should estimate the linear trend (change per day) of every channel (column) of the \
# daily sensor table `sensor` with `scipy.stats.linregress` against the day number 0, 1, 2, ..., \
# one thread-pool task per channel with one worker per four channels, and store the slopes in the \
# Series `slopes` indexed by the channel names, but it raises an error:
#
# ```python
# from concurrent.futures import ThreadPoolExecutor
#
# import numpy as np
# import pandas as pd
# from scipy.stats import linregress
#
# days = np.arange(len(sensor))
# with ThreadPoolExecutor(max_workers=sensor.shape[1] // 4) as executor:
#     fits = list(executor.map(lambda name: linregress(days, sensor[name]), sensor.columns))
# slopes = pd.Series([fit.slope for fit in fits], index=sensor.columns)
# ```
#
# ```text
# ValueError: max_workers must be greater than 0
# ```
#
# Fix it."""
# prompt = """
# I fit a straight line to each channel of my daily `sensor` table (scipy's linregress against day \
# number 0, 1, 2, ...) in a thread pool sized at one worker per four channels, and want the slopes \
# as a Series `slopes` indexed by channel:
#
# ```python
# from concurrent.futures import ThreadPoolExecutor
#
# import numpy as np
# import pandas as pd
# from scipy.stats import linregress
#
# days = np.arange(len(sensor))
# with ThreadPoolExecutor(max_workers=sensor.shape[1] // 4) as executor:
#     fits = list(executor.map(lambda name: linregress(days, sensor[name]), sensor.columns))
# slopes = pd.Series([fit.slope for fit in fits], index=sensor.columns)
# ```
#
# It dies with
#
# ```text
# ValueError: max_workers must be greater than 0
# ```
#
# on this table. Why?"""
# task_type = 'fix'
# domain = 'data_processing'
# libraries = ['scipy.stats', 'pandas', 'numpy']
# inputs = { sensor = 'sensor' }
# checks = [
#     'list(slopes.index) == list(sensor.columns)',
#     '''np.allclose(slopes.to_numpy(dtype=float), [
#         np.cov(np.arange(len(sensor)), sensor[c].to_numpy(dtype=float))[0, 1] / np.var(np.arange(len(sensor)), ddof=1)
#         for c in sensor.columns
#     ], equal_nan=True)''',
# ]
# difficulty = 'intermediate'
# tags = ['debugging', 'parallelism', 'trend', 'regression']
# [edge_cases]
# min_size = 3
# why = 'a fitted line needs at least three days to be more than two points joined'
# ///
from concurrent.futures import ThreadPoolExecutor

import numpy as np
import pandas as pd
from scipy.stats import linregress

days = np.arange(len(sensor))
# three channels // 4 is 0 workers, which a pool refuses: always allow at least one
n_workers = max(1, sensor.shape[1] // 4)
with ThreadPoolExecutor(max_workers=n_workers) as executor:
    fits = list(executor.map(lambda name: linregress(days, sensor[name]), sensor.columns))
slopes = pd.Series([fit.slope for fit in fits], index=sensor.columns)
