import numpy as np
import pandas as pd

readings = pd.DataFrame(
    {
        "time": pd.to_datetime(
            ["2024-03-01 08:05", "2024-03-01 08:50", "2024-03-01 09:20", "2024-03-01 10:40"]
        ),
        "raw": [10.2, 11.0, 10.7, 12.1],
    }
)
calibration = pd.DataFrame(
    {
        "time": pd.to_datetime(["2024-03-01 08:00", "2024-03-01 09:00", "2024-03-01 10:00"]),
        "offset": [-0.3, -0.1, 0.2],
    }
)
# the position of the nearest calibration time for each reading
gaps = np.abs(readings["time"].to_numpy()[:, None] - calibration["time"].to_numpy()[None, :])
nearest = gaps.argmin(axis=1)
calibrated = readings.assign(offset=calibration["offset"].to_numpy()[nearest])
calibrated["corrected"] = calibrated["raw"] + calibrated["offset"]
