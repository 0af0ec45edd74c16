import numpy as np
from scipy import stats

n_bad = max(1, len(y) // 10)
y_contaminated = y.astype(float)
# the sensor fails low: the last readings sit far below anything the line produces
drop = 20 * (np.abs(y).max() + 1)
y_contaminated[len(y) - n_bad :] = y[len(y) - n_bad :] - drop

ols = stats.linregress(x, y_contaminated)
robust = stats.siegelslopes(y_contaminated, x, method="hierarchical")
