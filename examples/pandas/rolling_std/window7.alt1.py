import numpy as np
import pandas as pd
from numpy.lib.stride_tricks import sliding_window_view

WINDOW = 7
values = sensor["sensor_a"].to_numpy(dtype=float)
stds = np.full(len(values), np.nan)
if len(values) >= WINDOW:
    # each row of the view is one full window ending at position WINDOW-1, WINDOW, ...
    stds[WINDOW - 1 :] = sliding_window_view(values, WINDOW).std(axis=1, ddof=1)
volatility = pd.Series(stds, index=sensor.index, name="sensor_a")
