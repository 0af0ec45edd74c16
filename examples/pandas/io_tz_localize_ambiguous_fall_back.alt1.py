import numpy as np
import pandas as pd

log = pd.DataFrame(
    {
        "local_time": pd.to_datetime(
            [
                "2024-11-03 00:30",
                "2024-11-03 01:00",
                "2024-11-03 01:30",
                "2024-11-03 01:00",
                "2024-11-03 01:30",
                "2024-11-03 02:00",
            ]
        ),
        "reading": [7.1, 7.3, 7.2, 7.6, 7.4, 7.5],
    }
)
# before the clock goes back the local time is still daylight time: True marks those rows
went_back = (log["local_time"].diff() < pd.Timedelta(0)).cumsum() > 0
aware = log["local_time"].dt.tz_localize("America/Chicago", ambiguous=np.asarray(~went_back))
log["utc"] = aware.dt.tz_convert("UTC").dt.strftime("%Y-%m-%d %H:%M")
