import pandas as pd
from scipy.stats import spearmanr

res = spearmanr(measurements.to_numpy())
cols = measurements.columns
rho = pd.DataFrame(res.statistic, index=cols, columns=cols)
pvalues = pd.DataFrame(res.pvalue, index=cols, columns=cols)
