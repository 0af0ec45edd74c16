import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
import seaborn as sns


def ecdf_with_median(values, ax):
    clean = pd.Series(values, dtype=float).dropna()
    if clean.empty:
        raise ValueError("no finite values")
    sns.ecdfplot(clean, ax=ax)
    med = clean.median()
    ax.axvline(x=med, ls="--", c="k")
    return float(med)


fig, ax = plt.subplots()
skewed_median = np.nan
if np.isfinite(skewed).any():
    skewed_median = ecdf_with_median(skewed, ax)
ax.set_xlabel("value")
ax.set_ylabel("proportion")
