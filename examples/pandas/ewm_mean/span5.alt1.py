import numpy as np
import pandas as pd

alpha = 2 / (5 + 1)
temperature = weather["temperature"].to_numpy(dtype=float)

# the recursive form: s[0] = x[0], s[t] = alpha * x[t] + (1 - alpha) * s[t-1]
smoothed = np.empty_like(temperature)
for t, x in enumerate(temperature):
    smoothed[t] = x if t == 0 else alpha * x + (1 - alpha) * smoothed[t - 1]

ewma = pd.Series(smoothed, index=weather.index, name="temperature")
