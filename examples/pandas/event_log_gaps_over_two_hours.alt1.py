import numpy as np
import pandas as pd

stamps = events["timestamp"].to_numpy()
steps = np.diff(stamps)
is_gap = steps > np.timedelta64(2, "h")
gaps = pd.DataFrame({"start": stamps[:-1][is_gap], "end": stamps[1:][is_gap]})
gaps["duration"] = gaps["end"] - gaps["start"]
