import numpy as np
from scipy.stats import tukey_hsd

fert_a = np.array([24.5, 23.5, 26.4, 27.1, 29.9])
fert_b = np.array([28.4, 34.2, 29.5, 32.2, 30.1])
fert_c = np.array([26.1, 28.3, 24.3, 26.2, 27.8])

tukey = tukey_hsd(fert_a, fert_b, fert_c)
# entry [i, j] compares group i with group j (mean of i minus mean of j)
mean_diff = np.asarray(tukey.statistic)
p_adj = np.asarray(tukey.pvalue)
