import numpy as np
import pandas as pd

elapsed_days = ((weather.index - weather.index[0]) / pd.Timedelta(days=1)).to_numpy()
# weight of an older reading: 0.5 ** (age / 7) = 2 ** (t_old / 7) / 2 ** (t_now / 7); the common factor cancels
growth = 2.0 ** (elapsed_days / 7)
values = weather["temperature"].to_numpy()
smoothed = pd.Series(np.cumsum(growth * values) / np.cumsum(growth), index=weather.index)
