import numpy as np
import pandas as pd
from scipy import stats

rows = {}
for level, group in dose_response.groupby("concentration"):
    resp = group["response"].to_numpy(dtype=float)
    rows[level] = {
        "count": resp.size,
        "mean": resp.mean(),
        # a concentration with a single replicate has no standard error
        "sem": stats.sem(resp) if resp.size > 1 else np.nan,
        "iqr": stats.iqr(resp),
    }
summary = pd.DataFrame.from_dict(rows, orient="index")
summary.index.name = "concentration"
