import numpy as np
from scipy import stats

hours = np.array([1.2, 2.3, 2.9, 4.1, 5.0, 6.2])
marks = np.array([2.0, 2.9, 3.8, 5.1, 5.8, 7.4])

# linregress reports the same r and two-sided p-value as a Pearson test
fit = stats.linregress(hours, marks)
r, p_value = fit.rvalue, fit.pvalue
