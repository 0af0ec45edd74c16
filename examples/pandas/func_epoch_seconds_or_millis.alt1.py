import numpy as np
import pandas as pd


def parse_epoch(values):
    seconds = np.where(values >= 1e11, values / 1000, values)
    return pd.Series(pd.to_datetime(seconds, unit="s"), index=values.index)
