import numpy as np

stamps = events["timestamp"].to_numpy()
first_inside = np.searchsorted(stamps, stamps - np.timedelta64(10, "m"), side="right")
recent = np.arange(len(stamps)) - first_inside + 1
