import numpy as np
from scipy.stats import fisher_exact

table = np.array([[8, 2], [1, 5]])
odds_ratio, p_value = fisher_exact(table, alternative="greater")
