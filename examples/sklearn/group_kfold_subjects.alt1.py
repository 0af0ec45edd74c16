import numpy as np
from sklearn.model_selection import GroupKFold
from sklearn.tree import DecisionTreeClassifier

n_samples = X.shape[0]
groups = np.arange(n_samples) // 6  # six consecutive samples per subject

cv = GroupKFold(n_splits=5)
fold_accuracies = []
for train_idx, test_idx in cv.split(X, y, groups=groups):
    tree = DecisionTreeClassifier(max_depth=3, random_state=0)
    tree.fit(X[train_idx], y[train_idx])
    fold_accuracies.append(tree.score(X[test_idx], y[test_idx]))
scores = np.array(fold_accuracies)
