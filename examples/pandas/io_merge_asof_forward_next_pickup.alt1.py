import numpy as np
import pandas as pd

orders = pd.DataFrame(
    {
        "order": ["o1", "o2", "o3", "o4"],
        "placed": pd.to_datetime(
            ["2024-05-06 08:30", "2024-05-06 12:00", "2024-05-06 15:10", "2024-05-06 18:45"]
        ),
    }
)
pickups = pd.DataFrame(
    {
        "truck": ["T1", "T2", "T3"],
        "departs": pd.to_datetime(["2024-05-06 10:00", "2024-05-06 12:00", "2024-05-06 17:00"]),
    }
)
# side="right" skips departures equal to the order time
position = np.searchsorted(pickups["departs"].to_numpy(), orders["placed"].to_numpy(), side="right")
found = position < len(pickups)
shipped = orders.copy()
shipped["truck"] = pd.Series(
    pickups["truck"].to_numpy()[np.minimum(position, len(pickups) - 1)]
).where(found)
shipped["departs"] = pd.Series(
    pickups["departs"].to_numpy()[np.minimum(position, len(pickups) - 1)]
).where(found)
