import pandas as pd

records = [
    {
        "id": 10,
        "site": {"name": "ridge", "elevation": 1400},
        "calibration": {"date": "2023-11-20", "offset": 0.05},
    },
    {
        "id": 11,
        "site": {"name": "valley", "elevation": 310},
        "calibration": {"date": "2024-01-08", "offset": -0.3},
    },
]

flat = pd.json_normalize(records, sep="_")
flat = flat.assign(calibration_date=pd.to_datetime(flat["calibration_date"], format="ISO8601"))
