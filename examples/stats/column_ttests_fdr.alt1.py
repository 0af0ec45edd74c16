import numpy as np
from scipy import stats

result = stats.ttest_1samp(matrix, popmean=0.0, axis=0)
adjusted = stats.false_discovery_control(result.pvalue, method="bh")
significant = np.asarray(adjusted) < 0.05
