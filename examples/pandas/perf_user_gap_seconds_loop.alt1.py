import numpy as np

previous = events.groupby("user")["timestamp"].shift()
gap_seconds = ((events["timestamp"] - previous) / np.timedelta64(1, "s")).to_numpy(dtype=float)
