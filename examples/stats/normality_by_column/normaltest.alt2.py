import pandas as pd
from scipy.stats import normaltest

# axis=0 tests every column at once
stat, p = normaltest(measurements.to_numpy(), axis=0)
pvalues = pd.Series(p, index=measurements.columns, name="pvalue")
non_normal = list(pvalues[pvalues < 0.05].index)
