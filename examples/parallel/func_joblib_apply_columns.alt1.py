import joblib
import numpy as np
import pandas as pd
import scipy.stats


def apply_columns(frame, func, n_jobs=2):
    """Apply `func` to every column of the DataFrame `frame` in parallel threads."""
    if frame.shape[1] == 0:
        return pd.Series([], index=frame.columns, dtype=float)
    with joblib.parallel_config(backend="threading", n_jobs=n_jobs):
        results = joblib.Parallel()(joblib.delayed(func)(series) for _, series in frame.items())
    return pd.Series(np.asarray(results, dtype=float), index=frame.columns)


column_iqr = apply_columns(measurements, scipy.stats.iqr)
