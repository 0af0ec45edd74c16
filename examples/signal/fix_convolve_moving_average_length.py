# /// example
# task = """
# This code should add to the daily DataFrame `weather` a column `smooth`: the 7-day centred \
# moving average of `temperature` computed by convolution with a box kernel (treating days \
# outside the record as zeros), but it raises an error:
#
# ```python
# import numpy as np
# from scipy import signal
#
# weather["smooth"] = signal.convolve(weather["temperature"], np.ones(7) / 7)
# ```
#
# ```text
# ValueError: Length of values (371) does not match length of index (365)
# ```
#
# Fix it."""
# prompt = """
# I want a 7-day centred moving average of `temperature` in my daily DataFrame `weather`, as a \
# new column `smooth`, by convolving with a box kernel (zeros assumed beyond the ends):
#
# ```python
# import numpy as np
# from scipy import signal
#
# weather["smooth"] = signal.convolve(weather["temperature"], np.ones(7) / 7)
# ```
#
# It fails with
#
# ```text
# ValueError: Length of values (371) does not match length of index (365)
# ```
#
# Where do the 6 extra values come from?"""
# task_type = 'fix'
# domain = 'signal_processing'
# libraries = ['scipy.signal', 'numpy', 'pandas']
# inputs = { weather = 'weather' }
# checks = [
#     'weather["smooth"].shape == weather["temperature"].shape and weather.index.equals(weather["temperature"].index)',
#     # centred box average, zeros beyond both ends
#     'np.allclose(weather["smooth"].to_numpy(), np.convolve(weather["temperature"].to_numpy(), np.full(7, 1 / 7), mode="same"), equal_nan=True)',
# ]
# difficulty = 'basic'
# tags = ['debugging', 'smoothing', 'filtering', 'time-series']
# [edge_cases]
# min_size = 7
# why = 'a 7-day centred window needs at least 7 days for the output to keep the length of the input'
# ///
import numpy as np
from scipy import signal

# the default mode="full" returns len(x) + 6 values; "same" keeps the centred len(x) of them
weather["smooth"] = signal.convolve(weather["temperature"].to_numpy(), np.ones(7) / 7, mode="same")
