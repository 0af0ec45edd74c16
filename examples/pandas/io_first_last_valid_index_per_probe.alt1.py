import numpy as np
import pandas as pd

readings = pd.DataFrame(
    {
        "probe_a": [np.nan, 3.1, 3.4, np.nan, 3.0],
        "probe_b": [2.2, 2.5, np.nan, 2.7, np.nan],
        "probe_c": [np.nan, np.nan, np.nan, 5.1, 5.3],
    },
    index=pd.to_datetime(["2024-06-01", "2024-06-02", "2024-06-03", "2024-06-04", "2024-06-05"]),
)
present = readings.notna()
coverage = pd.DataFrame({"first": present.idxmax(), "last": present[::-1].idxmax()})
