import numpy as np
import pandas as pd


def censor_at(time, event, cutoff):
    within_follow_up = time.le(cutoff)
    time_cut = pd.Series(np.minimum(time.to_numpy(dtype=float), cutoff), index=time.index)
    return time_cut, event & within_follow_up


survival["time_24"], survival["event_24"] = censor_at(survival["time"], survival["event"], 24)
