import numpy as np
import pandas as pd

flow = pd.Series([1.0, np.nan, 3.0, np.nan, np.nan, 6.0, np.nan, np.nan, np.nan, 10.0], name="flow")

values = flow.to_numpy()
patched = flow.interpolate()
i = 0
while i < len(values):
    if np.isnan(values[i]):
        j = i
        while j < len(values) and np.isnan(values[j]):
            j += 1
        if j - i > 2:
            patched.iloc[i:j] = np.nan
        i = j
    else:
        i += 1
