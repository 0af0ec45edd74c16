import numpy as np
import pandas as pd

log = pd.DataFrame(
    {
        "minute": [0, 1, 2, 3, 4, 5, 6],
        "state": ["idle", "idle", "run", "run", "run", "idle", "run"],
    }
)
states = log["state"].to_numpy()
starts = np.flatnonzero(np.r_[True, states[1:] != states[:-1]])
ends = np.r_[starts[1:], len(states)] - 1
runs = pd.DataFrame(
    {
        "state": states[starts],
        "start": log["minute"].to_numpy()[starts],
        "end": log["minute"].to_numpy()[ends],
        "minutes": ends - starts + 1,
    }
)
