import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
import seaborn as sns
from scipy import stats


def zscores(column):
    # sample standard deviation (ddof=1); a column without spread gets NaN, not inf or a warning
    if not column.std(ddof=1) > 0:
        return pd.Series(np.nan, index=column.index)
    return pd.Series(stats.zscore(column.to_numpy(), ddof=1), index=column.index)


standardized = measurements.apply(zscores)
long = standardized.melt(var_name="variable", value_name="value").dropna()

fig, ax = plt.subplots(figsize=(7, 4))
sns.boxplot(data=long, x="value", y="variable", whis=(5, 95), ax=ax)
ax.axvline(0, color="gray", linestyle="--")
ax.set_xlabel("z-score")
ax.set_ylabel("")
ax.set_title("Standardised measurements")
