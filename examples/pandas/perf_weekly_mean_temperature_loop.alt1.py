import numpy as np

temps = weather["temperature"].to_numpy()
week_mean = np.full(len(temps), np.nan)
if len(temps) >= 7:
    week_mean[6:] = np.lib.stride_tricks.sliding_window_view(temps, 7).mean(axis=1)
