import numpy as np


def count_sessions(times):
    gaps = np.diff(np.sort(times.to_numpy()))
    return 1 + int((gaps > np.timedelta64(30, "m")).sum())


sessions_per_user = events.groupby("user")["timestamp"].agg(count_sessions)
