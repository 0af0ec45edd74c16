import numpy as np
from sklearn import model_selection

days = np.arange(10)
cv = model_selection.TimeSeriesSplit(n_splits=3, test_size=2, gap=1)
splits = []
for train_days, test_days in cv.split(days.reshape(-1, 1)):
    splits.append((days[train_days], days[test_days]))
