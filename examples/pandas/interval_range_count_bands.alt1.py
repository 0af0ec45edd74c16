import numpy as np
import pandas as pd

edges = pd.IntervalIndex.from_breaks(np.arange(0, 13, 3), closed="left")
daily = pd.Series(counts, name="events")
in_band = pd.cut(daily, bins=edges)

band_counts = daily.groupby(in_band, observed=False).size()
n_outside = int(in_band.isna().sum())
