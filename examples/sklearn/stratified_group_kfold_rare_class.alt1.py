import numpy as np
from sklearn.model_selection import StratifiedGroupKFold

groups = np.arange(y.shape[0]) % 20  # clinic of each row
cv = StratifiedGroupKFold(n_splits=4, shuffle=True, random_state=0)

test_positive_rate = []
for _, test_index in cv.split(X, y, groups=groups):
    # share of the rare class among the test rows of this fold
    test_positive_rate.append((y[test_index] == 1).sum() / len(test_index))
