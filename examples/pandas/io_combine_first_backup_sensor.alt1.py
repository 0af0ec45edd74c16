import numpy as np
import pandas as pd

primary = pd.DataFrame(
    {"temp": [21.5, np.nan, 23.0], "humidity": [np.nan, 55.0, 60.0]},
    index=pd.to_datetime(["2024-06-01", "2024-06-02", "2024-06-03"]),
)
backup = pd.DataFrame(
    {"temp": [21.0, 22.1, 24.2], "humidity": [48.0, 54.0, 62.0]},
    index=pd.to_datetime(["2024-06-01", "2024-06-02", "2024-06-04"]),
)
all_dates = primary.index.union(backup.index)
filled = primary.reindex(all_dates).fillna(backup.reindex(all_dates))
