import numpy as np
import scipy.stats

table = np.array([[10, 5, 2], [4, 8, 6], [1, 3, 9]])
# expand the counts into one (education, satisfaction) pair per respondent
rows, cols = np.indices(table.shape)
education = np.repeat(rows.ravel(), table.ravel())
satisfaction = np.repeat(cols.ravel(), table.ravel())
# with raw data the first argument is the independent variable
result = scipy.stats.somersd(education, satisfaction)
somers_d, p_value = result.statistic, result.pvalue
