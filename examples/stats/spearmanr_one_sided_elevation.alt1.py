import numpy as np
from scipy.stats import pearsonr, rankdata

elevation = stations["elevation_m"].to_numpy()
temperature = stations["temperature"].to_numpy()
if np.unique(elevation).size < 2 or np.unique(temperature).size < 2:
    rho, p_value = np.nan, np.nan
else:
    # Spearman's rho is Pearson's r of the (average) ranks, with the same t-based p-value
    result = pearsonr(rankdata(elevation), rankdata(temperature), alternative="less")
    rho, p_value = result.statistic, result.pvalue
