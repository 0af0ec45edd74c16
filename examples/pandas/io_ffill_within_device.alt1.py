import numpy as np
import pandas as pd

readings = pd.DataFrame(
    {
        "device": ["a", "b", "a", "b", "a", "b"],
        "level": [1.5, np.nan, np.nan, 4.0, np.nan, np.nan],
    }
)
readings["level"] = readings.groupby("device")["level"].transform(lambda s: s.ffill())
