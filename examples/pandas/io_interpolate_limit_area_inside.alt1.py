import numpy as np
import pandas as pd

level = pd.Series(
    [np.nan, 3.0, np.nan, np.nan, 4.5, 5.0, np.nan],
    index=pd.date_range("2024-02-01", periods=7, freq="D"),
    name="level",
)
inside = level.ffill().notna() & level.bfill().notna()
filled = level.interpolate().where(inside)
