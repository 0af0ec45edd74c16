import re

import numpy as np
import pandas as pd

stations = pd.DataFrame(
    [
        ["A-01", "12.5", "ok"],
        ["A-02", "n/a", "--"],
        ["B-01", " ", "ok"],
        ["B-02", "N/A", "?"],
        ["C-01", "7.25", ""],
        ["C-02", "-", "drift"],
    ],
    columns=["station", "reading", "status"],
)

blank_or_placeholder = re.compile(r"^\s*(?:--?|\?|n/a)?\s*$", flags=re.IGNORECASE)
cleaned = stations.replace(to_replace=blank_or_placeholder, value=np.nan, regex=True).assign(
    reading=lambda frame: pd.to_numeric(frame["reading"])
)
