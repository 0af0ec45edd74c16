import numpy as np
from sklearn.feature_selection import mutual_info_classif

mi_scores = mutual_info_classif(X, y, random_state=0)
# a stable sort keeps the lower column index first among equal scores
top3 = np.argsort(-mi_scores, kind="stable")[:3]
selected = np.sort(top3)
X_top = X[:, selected]
