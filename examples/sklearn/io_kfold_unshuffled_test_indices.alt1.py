import numpy as np
from sklearn import model_selection

rows = np.array([0, 1, 2, 3, 4, 5, 6, 7])
splits = list(model_selection.KFold(n_splits=3, shuffle=False).split(rows))
test_folds = [rows[test] for _, test in splits]
train_sizes = [train.size for train, _ in splits]
