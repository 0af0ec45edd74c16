import numpy as np
from scipy import stats


def sem_or_nan(s):
    # the standard error needs two or more values
    return stats.sem(s) if s.size > 1 else np.nan


summary = dose_response.groupby("concentration")["response"].agg(
    count="count", mean="mean", sem=sem_or_nan, iqr=stats.iqr
)
