import numpy as np
import pandas as pd

rain = pd.Series(
    [2.0, np.nan, 0.0, np.nan, np.nan, 1.5],
    index=pd.to_datetime(
        [
            "2024-04-01 06:00",
            "2024-04-01 18:00",
            "2024-04-02 06:00",
            "2024-04-03 06:00",
            "2024-04-03 18:00",
            "2024-04-04 06:00",
        ]
    ),
    name="mm",
)
by_day = rain.groupby(rain.index.normalize())
daily = by_day.sum().where(by_day.count() > 0)
