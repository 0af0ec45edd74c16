import numpy as np
import pandas as pd

lab = pd.DataFrame(
    {
        "glucose": [5.1, 5.4, 4.9, 5.2, 9.8, 5.0],
        "sodium": [140, 138, 141, 120, 139, 142],
    }
)
flags = pd.DataFrame(index=lab.index)
for column in lab.columns:
    low, high = np.percentile(lab[column], [25, 75])
    spread = high - low
    flags[column] = (lab[column] < low - 1.5 * spread) | (lab[column] > high + 1.5 * spread)
