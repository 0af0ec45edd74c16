import numpy as np
import pandas as pd

temp = pd.Series([4.0, 6.0, np.nan, 10.0, 12.0], name="temp")
window_sum = temp.rolling(3, min_periods=1).sum()
window_count = temp.rolling(3, min_periods=1).count()
smoothed = (window_sum / window_count).where(window_count >= 2)
