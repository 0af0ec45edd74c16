import numpy as np
import pandas as pd

n = np.bincount(np.asarray(event_counts, dtype=int))
freq = pd.DataFrame({"n": n, "share": n / n.sum()})
freq["cum_share"] = np.cumsum(freq["share"])
