import numpy as np
from scipy.stats import chi2

table = np.array([[30, 70], [18, 82]])
expected = np.outer(table.sum(axis=1), table.sum(axis=0)) / table.sum()
# Pearson's formula without Yates' correction; a 2 x 2 table has 1 degree of freedom
chi2_stat = ((table - expected) ** 2 / expected).sum()
p_value = chi2.sf(chi2_stat, df=1)
